package io.partneracademy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An exam of the "basics" path ({@link ContentFixture}) with every newer item type, each pool exactly its draw so
 * every paper holds all five questions: {@code steps} draws an ordering (o1: a, b, c, d in this order), a matching
 * (m1: p1→t1, p2→t2, p3→t3, t4 a distractor) and a short-text question (s1: "rollout undo" or the regex
 * {@code kubectl\s+rollout\s+undo( deployment/[a-z-]+)?}); {@code case} draws the scenario "acme" (c1 single choice,
 * r right; c2 case-sensitive short text "ACME-42").
 */
public final class ItemTypesFixture {

    public static final String EXAM = "items-quiz";
    public static final String SCENARIO_MARKER = "Acme Corp runs 40 agents";

    private ItemTypesFixture() {
    }

    /** The exam folder tree with {@link #EXAM} scored with the given multiple-response-scoring. */
    public static Path create(String scoring) {
        try {
            Path root = Files.createTempDirectory("pa-items");
            Path dir = Files.createDirectories(root.resolve(EXAM).resolve("questions"));
            Files.writeString(root.resolve(EXAM).resolve("exam.yaml"), """
                    id: %s
                    path: basics
                    title: Item types exam
                    time-limit-minutes: 20
                    pass-mark-percent: 60
                    multiple-response-scoring: %s
                    retake:
                      max-attempts: 5
                      period-days: 30
                      cooldown-hours: 0
                    blueprint:
                      - section: steps
                        title: Steps
                        draw: 3
                      - section: case
                        title: Case
                        draw: 2
                    """.formatted(EXAM, scoring));
            Files.writeString(dir.resolve("bank.yaml"), """
                    questions:
                      - id: o1
                        section: steps
                        difficulty: medium
                        type: ordering
                        stem: Put the rollout steps in order.
                        options:
                          - id: a
                            text: Build the image
                          - id: b
                            text: Push it to the registry
                          - id: c
                            text: Update the deployment
                          - id: d
                            text: Watch the rollout
                        explanation: Build, push, update, watch. EXPLANATION-MARKER
                      - id: m1
                        section: steps
                        difficulty: medium
                        type: matching
                        stem: Match each command to what it does.
                        options:
                          - id: p1
                            text: "`kubectl get`"
                            match: t1
                          - id: p2
                            text: "`kubectl apply`"
                            match: t2
                          - id: p3
                            text: "`kubectl delete`"
                            match: t3
                        targets:
                          - id: t1
                            text: Lists resources
                          - id: t2
                            text: Creates or updates resources
                          - id: t3
                            text: Removes resources
                          - id: t4
                            text: Restarts the node
                        explanation: get lists, apply creates or updates, delete removes. EXPLANATION-MARKER
                      - id: s1
                        section: steps
                        difficulty: easy
                        type: short-text
                        stem: Which command rolls a deployment back?
                        accept:
                          - text: rollout undo
                          - regex: 'kubectl\\s+rollout\\s+undo( deployment/[a-z-]+)?'
                        explanation: kubectl rollout undo. EXPLANATION-MARKER
                    scenarios:
                      - id: acme
                        section: case
                        difficulty: hard
                        stem: |
                          Acme Corp runs 40 agents in two regions and wants one support queue.

                          | Region | Agents | Queues today | Contract renewal | Support hours |
                          |---|---|---|---|---|
                          | Europe (Frankfurt data centre) | 25 | 3 | March 2027 | 07:00-19:00 CET |
                          | North America (Virginia data centre) | 15 | 2 | June 2027 | 08:00-20:00 EST |
                        questions:
                          - id: c1
                            type: single
                            stem: Which tier fits Acme?
                            options:
                              - id: r
                                text: Enterprise
                              - id: w
                                text: Starter
                            correct: [r]
                            explanation: Two regions need Enterprise. EXPLANATION-MARKER
                          - id: c2
                            type: short-text
                            stem: Type Acme's account code exactly as on the contract (ACME-42).
                            case-sensitive: true
                            accept:
                              - text: ACME-42
                            explanation: The code is case-sensitive. EXPLANATION-MARKER
                    """);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
