package io.partneracademy.tiers;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.csv.Csv;
import io.partneracademy.csv.MalformedCsvException;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.web.ForbiddenException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports ARR and referrals for many partners from CSV ({@code partner,arr,referrals[,as_of]}). Every line is
 * checked first; one bad line means nothing is recorded and every problem is reported with its line number.
 */
@Singleton
public class MetricsImport {

    static final int MAX_LINES = 10_000;
    private static final List<String> HEADER = List.of("partner", "arr", "referrals");

    private final Partners partners;
    private final TierRepository tiers;
    private final Assessments assessments;
    private final Clock clock;

    MetricsImport(Partners partners, TierRepository tiers, Assessments assessments, Clock clock) {
        this.partners = partners;
        this.tiers = tiers;
        this.assessments = assessments;
        this.clock = clock;
    }

    private record Row(Partner partner, BigDecimal arr, int referrals, LocalDate asOf) {
    }

    /** Records every line or none; returns how many partners were recorded. */
    @Transactional
    public int importCsv(CurrentUser viewer, String text) {
        if (!viewer.has(Role.ADMIN) && !viewer.has(Role.PARTNER_MANAGER)) {
            throw new ForbiddenException("tiers.forbidden");
        }
        List<Csv.Record> records = records(text == null ? "" : text);
        List<MetricsImportException.LineError> errors = new ArrayList<>();
        if (records.isEmpty() || !header(records.get(0))) {
            throw new MetricsImportException(List.of(new MetricsImportException.LineError(1, "tiers.import.header",
                    List.of())));
        }
        if (records.size() - 1 > MAX_LINES) {
            throw new MetricsImportException(List.of(new MetricsImportException.LineError(MAX_LINES + 2,
                    "tiers.import.too-long", List.of(MAX_LINES))));
        }
        Map<Long, Row> rows = new TreeMap<>();
        Map<String, Partner> mine = index(partners.managedBy(viewer));
        Map<String, Partner> all = index(partners.list());
        for (Csv.Record record : records.subList(1, records.size())) {
            Row row = row(record, mine, all, errors);
            if (row != null && rows.putIfAbsent(row.partner().id(), row) != null) {
                errors.add(error(record, "tiers.import.duplicate", row.partner().name()));
            }
        }
        if (!errors.isEmpty() || rows.isEmpty()) {
            throw new MetricsImportException(errors.isEmpty()
                    ? List.of(new MetricsImportException.LineError(2, "tiers.import.empty", List.of())) : errors);
        }
        for (Row row : rows.values()) {
            tiers.addMetrics(row.partner().id(), row.arr(), row.referrals(), row.asOf(), viewer.id(), clock.instant());
        }
        // One set-based pass, whatever the file's size: a per-partner reassessment costs queries per line.
        assessments.reassessAll("metrics imported");
        return rows.size();
    }

    private Row row(Csv.Record record, Map<String, Partner> mine, Map<String, Partner> all,
                    List<MetricsImportException.LineError> errors) {
        List<String> f = record.fields();
        if (f.size() < 3 || f.size() > 4) {
            errors.add(error(record, "tiers.import.columns", f.size()));
            return null;
        }
        String name = f.get(0).strip();
        Partner partner = mine.get(name.toLowerCase(Locale.ROOT));
        BigDecimal arr = PartnerMetrics.arr(f.get(1));
        Integer referrals = PartnerMetrics.referrals(f.get(2));
        LocalDate asOf = asOf(f.size() == 4 ? f.get(3).strip() : "");
        int before = errors.size();
        if (partner == null) {
            errors.add(error(record, all.containsKey(name.toLowerCase(Locale.ROOT)) ? "tiers.import.not-yours"
                    : "tiers.import.unknown-partner", name));
        }
        if (arr == null) {
            errors.add(error(record, "tiers.import.arr", f.get(1)));
        }
        if (referrals == null) {
            errors.add(error(record, "tiers.import.referrals", f.get(2)));
        }
        if (asOf == null) {
            errors.add(error(record, "tiers.import.as-of", f.get(3)));
        }
        return errors.size() > before ? null : new Row(partner, arr, referrals, asOf);
    }

    /** Today when empty; null when not an ISO date or in the future. */
    private LocalDate asOf(String text) {
        if (text.isEmpty()) {
            return LocalDate.now(clock);
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return day.isAfter(LocalDate.now(clock)) ? null : day;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The records of the text; an unterminated quote is an error on the line it opens. */
    private static List<Csv.Record> records(String text) {
        try {
            return Csv.read(text);
        } catch (MalformedCsvException e) {
            throw new MetricsImportException(List.of(new MetricsImportException.LineError(e.line(),
                    "tiers.import.unterminated", List.of())));
        }
    }

    private static boolean header(Csv.Record record) {
        List<String> names = record.fields().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        return names.size() >= 3 && names.subList(0, 3).equals(HEADER)
                && (names.size() == 3 || names.size() == 4 && names.get(3).equals("as_of"));
    }

    private static Map<String, Partner> index(List<Partner> list) {
        Map<String, Partner> byName = new HashMap<>();
        list.forEach(p -> byName.put(p.name().toLowerCase(Locale.ROOT), p));
        return byName;
    }

    private static MetricsImportException.LineError error(Csv.Record record, String key, Object arg) {
        return new MetricsImportException.LineError(record.line(), key, List.of(arg));
    }
}
