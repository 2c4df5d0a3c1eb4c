package io.partneracademy.assignments;

/**
 * When a rule assigns: {@code JOIN} to everyone who matches now and to whoever joins (or comes to match) later, once
 * each; {@code RENEWAL} a number of days before a person's certification expires, once per expiry.
 */
public enum RuleKind {
    JOIN, RENEWAL
}
