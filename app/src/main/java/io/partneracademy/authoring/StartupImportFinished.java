package io.partneracademy.authoring;

/** Published when the start-up import of content/ and exams/ has finished (whether or not it imported anything). */
public record StartupImportFinished(boolean succeeded) {
}
