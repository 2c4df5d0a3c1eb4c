package io.partneracademy.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Where the machine's CPU time went during a phase: this JVM (server and load generator together), the load
 * generator's threads alone, the MariaDB server, and the whole machine (other people's work included), read from
 * /proc on Linux. Tells whether a phase was limited by the server, the database, the client or a busy machine.
 */
final class CpuMeter {

    private static final double TICK_NANOS = 1e9 / 100;

    /** CPU seconds used since the snapshot, by whom. */
    record Usage(double seconds, double jvm, double client, double database, double machine) {

        double server() {
            return jvm - client;
        }

        double others() {
            return Math.max(0, machine - jvm - database);
        }

        String describe() {
            return String.format("%.1f s of wall time on 2 cores: server JVM %.1f, load generator %.1f, MariaDB %.1f,"
                    + " other processes %.1f CPU-seconds (machine busy %.0f%%)", seconds, server(), client, database,
                    others(), 100 * machine / (seconds * Runtime.getRuntime().availableProcessors()));
        }
    }

    private final long databasePid;

    CpuMeter(int databasePort) {
        this.databasePid = findDatabase(databasePort).orElse(-1);
    }

    /** A snapshot to measure from. */
    long[] snapshot() {
        return new long[]{System.nanoTime(), jvmNanos(), SaveLoad.clientCpuNanos(), databaseNanos(), machineNanos()};
    }

    Usage since(long[] before) {
        long[] now = snapshot();
        return new Usage((now[0] - before[0]) / 1e9, (now[1] - before[1]) / 1e9, (now[2] - before[2]) / 1e9,
                (now[3] - before[3]) / 1e9, (now[4] - before[4]) / 1e9);
    }

    private static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private long databaseNanos() {
        if (databasePid < 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(databasePid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (long) ((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_NANOS);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long machineNanos() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                busy += (i == 4 || i == 5) ? 0 : Long.parseLong(f[i]);
            }
            return (long) (busy * TICK_NANOS);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static OptionalLong findDatabase(int port) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> commandLine(p).contains("--port=" + port))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
