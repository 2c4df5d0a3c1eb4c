package io.partneracademy.support;

/** Lab tracks added to a {@link ContentFixture}: one of every check type, and one track done in order. */
public final class LabContent {

    public static final String PRACTICE = """
            id: practice
            title: Practice Track
            path: basics
            summary: One task of every kind.
            ordering: any
            tasks:
              - id: codename
                title: Find the codename
                instructions: |
                  Type the **codename** from the briefing.
                hints:
                  - It is two words.
                check:
                  type: answer
                  expected: Blue Falcon
              - id: registration
                title: Register
                instructions: Paste the registration id.
                check:
                  type: answer
                  match: regex
                  expected: 'DR-[0-9]{6}'
              - id: latency
                title: Measure
                instructions: Type the median latency in ms.
                check:
                  type: answer
                  match: number
                  expected: 42.5
                  tolerance: 0.5
              - id: design
                title: Upload the design
                instructions: Upload your design as PDF.
                check:
                  type: artifact
                  file-types: [pdf]
                  max-size: 64KB
              - id: confirm
                title: Confirm
                instructions: Confirm you did it.
                check:
                  type: attest
            """;

    public static final String ORDERED = """
            id: ordered
            title: Ordered Track
            path: basics
            summary: Done in order.
            tasks:
              - id: first
                title: First task
                instructions: First.
                check:
                  type: attest
              - id: second
                title: Second task
                instructions: Second.
                check:
                  type: answer
                  expected: done
            """;

    private LabContent() {
    }

    /** The fixture tree with both tracks, listed by the basics path. */
    public static ContentFixture create() {
        return ContentFixture.create()
                .write("labs/practice.yaml", PRACTICE)
                .write("labs/ordered.yaml", ORDERED)
                .replace("paths/basics.yaml", "validity-months: 12", "labs:\n  - practice\n  - ordered\nvalidity-months: 12");
    }
}
