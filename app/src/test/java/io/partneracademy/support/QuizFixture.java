package io.partneracademy.support;

/** A practice quiz for the intro course of {@link ContentFixture}: one question of every type, right answers known. */
public final class QuizFixture {

    /** The quiz file as written beside the intro course's lessons. */
    public static final String FILE = "courses/intro/first-check.quiz.yaml";

    public static final String TEXT = """
            title: First steps check
            module: first
            questions:
              - id: q-single
                type: single
                stem: Where does everyone start?
                options:
                  - id: a
                    text: The introduction
                  - id: b
                    text: The Silver secrets
                correct: [a]
                explanation: Everyone starts with **the introduction**.
              - id: q-multiple
                type: multiple
                stem: Which lessons does the first module have?
                options:
                  - id: a
                    text: Welcome
                  - id: b
                    text: Second lesson
                  - id: c
                    text: Secret
                correct: [a, b]
                explanation: Welcome and the second lesson; the secret is in another course.
              - id: q-true-false
                type: true-false
                stem: The intro course is only for Silver partners.
                correct: ["false"]
                explanation: The intro course has no audience, so everyone sees it.
              - id: q-ordering
                type: ordering
                stem: Put the lessons in the order they come.
                options:
                  - id: w
                    text: Welcome
                  - id: s
                    text: Second lesson
                  - id: x
                    text: Silver secrets
                explanation: Welcome, then the second lesson, then the other course.
              - id: q-matching
                type: matching
                stem: Match each course to who sees it.
                options:
                  - id: intro
                    text: Introduction
                    match: all
                  - id: silver
                    text: Silver Secrets
                    match: silver-up
                targets:
                  - id: all
                    text: Everyone
                  - id: silver-up
                    text: Silver partners and above
                  - id: nobody
                    text: Nobody
                explanation: The introduction is for everyone; Silver Secrets for Silver and above.
              - id: q-text
                type: short-text
                stem: What is the intro course's id?
                accept:
                  - text: intro
                explanation: The folder name is the course id, `intro`.
            """;

    private QuizFixture() {
    }

    /** The content fixture with the quiz. */
    public static ContentFixture create() {
        return ContentFixture.create().write(FILE, TEXT);
    }

    /**
     * The content fixture with the quiz counting toward completing the intro course: its course.yaml asks for a pass
     * mark of 80 % ({@code completion: quiz-pass-mark: 80}); 5 of 6 right (83 %) passes, 4 of 6 (67 %) does not.
     */
    public static ContentFixture counting() {
        return create().write("courses/intro/course.yaml", """
                id: intro
                title: Introduction
                summary: Where everyone starts.
                modules:
                  - id: first
                    title: First steps
                    lessons: [welcome, second-lesson]
                completion:
                  quiz-pass-mark: 80
                """);
    }

    /** As {@link #counting()}, with a second module ("More", lesson "third-lesson") after the quiz's module. */
    public static ContentFixture countingWithNextModule() {
        return counting().replace("courses/intro/course.yaml", "completion:", """
                  - id: more
                    title: More
                    lessons: [third-lesson]
                completion:""").write("courses/intro/third-lesson.md",
                ContentFixture.lesson("Third lesson", "# Third\n\nAfter the check.\n"));
    }
}
