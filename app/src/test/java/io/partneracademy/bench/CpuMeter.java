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
    record Usage(double seconds, double jvm, double client, double jit, double database, double machine) {

        /** The server's own work: the JVM minus the load generator and the JIT compiler threads. */
        double server() {
            return jvm - client - jit;
        }

        double others() {
            return Math.max(0, machine - jvm - database);
        }

        String describe() {
            return String.format("%.1f s of wall time on 2 cores: server %.1f, JIT compiler %.1f, load generator %.1f,"
                    + " MariaDB %.1f, other processes %.1f CPU-seconds (machine busy %.0f%%)", seconds, server(), jit,
                    client, database, others(), 100 * machine / (seconds * Runtime.getRuntime().availableProcessors()));
        }
    }

    private final long databasePid;

    CpuMeter(int databasePort) {
        this.databasePid = findDatabase(databasePort).orElse(-1);
    }

    /** A snapshot to measure from. */
    long[] snapshot() {
        return new long[]{System.nanoTime(), jvmNanos(), SaveLoad.clientCpuNanos(), jitNanos(), databaseNanos(),
            machineNanos()};
    }

    Usage since(long[] before) {
        long[] now = snapshot();
        double[] delta = new double[now.length];
        for (int i = 0; i < now.length; i++) {
            delta[i] = (now[i] - before[i]) / 1e9;
        }
        return new Usage(delta[0], delta[1], delta[2], delta[3], delta[4], delta[5]);
    }

    private static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private long databaseNanos() {
        return databasePid < 0 ? 0 : ticksNanos(Path.of("/proc", String.valueOf(databasePid), "stat"));
    }

    /** The JIT compiler threads of this JVM (still busy after a short warm-up on a loaded machine). */
    private static long jitNanos() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(t -> read(t.resolve("comm")).contains("CompilerThre"))
                    .mapToLong(t -> ticksNanos(t.resolve("stat"))).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** User plus system time of a process or thread, from its /proc stat file. */
    private static long ticksNanos(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (long) ((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_NANOS);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
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
