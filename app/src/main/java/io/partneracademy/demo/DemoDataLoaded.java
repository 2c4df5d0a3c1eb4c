package io.partneracademy.demo;

/** Published when the demo partners and people exist (just loaded, or found from an earlier run). */
record DemoDataLoaded() {
}
