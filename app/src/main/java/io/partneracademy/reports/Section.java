package io.partneracademy.reports;

/** One block of the program view: a heading, a sentence on how it is counted, its chart and its table. */
record Section(String heading, String note, Chart chart, Table table) {
}
