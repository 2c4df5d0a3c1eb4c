package io.partneracademy.directory;

import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.ContentText;

import java.util.List;

/** The view models of the directory pages. */
public final class DirectoryViews {

    private DirectoryViews() {
    }

    /** What the visitor searched for; empty strings for "any". */
    public record Query(String q, String tier, String type, String region, String specialization) {

        static final Query ANY = new Query("", "", "", "", "");
    }

    /** Certified people per level (each person counted at every level they hold an active certification of). */
    public record Counts(int foundation, int practitioner, int architect, int specialists) {
    }

    /** A person who opted in to be named, with a verify link per active certification. */
    public record Person(String name, List<Credential> credentials) {
    }

    /** One active certification: its path's title in the visitor's language and the credential id of its verify page. */
    public record Credential(ContentText title, String credentialId) {
    }

    /** One listed partner company, as it is now. */
    public record Listing(long id, String name, Tier tier, PartnerType type, String region, Counts counts,
                          List<ContentText> specializations, List<Person> people) {
    }

    /** A page of search results and what the filters offer. */
    public record Page(Query query, List<Listing> listings, boolean more, List<String> regions,
                       List<SpecializationPath> specializations) {
    }

    /** A specialization path, to filter by. */
    public record SpecializationPath(String id, ContentText title) {
    }

    /** A partner company the viewer may list or unlist. */
    public record Company(long id, String name, boolean listed) {
    }

    /** The viewer's own choice, and the companies whose listing they decide. */
    public record Settings(boolean named, List<Company> companies) {
    }
}
