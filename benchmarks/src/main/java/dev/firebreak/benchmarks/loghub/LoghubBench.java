package dev.firebreak.benchmarks.loghub;

import dev.firebreak.analysis.logs.TemplateMiner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the template miner over every {@code <Name>/<Name>_2k.log} under {@code --dir}, writes
 * {@code <Name>_2k.log_structured.csv} to {@code --out}, prints grouping accuracy (GA) and
 * parsing accuracy (PA) against the original, the ICSE'22 corrected and the Loghub-2.0 ground
 * truth, then the throughput of the miner against a naive masking parser.
 *
 * <p>Usage: {@code LoghubBench --dir DIR --out DIR [--rounds N]}
 */
public final class LoghubBench {

    private LoghubBench() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--dir") || !options.containsKey("--out")) {
            System.err.println("usage: LoghubBench --dir DIR --out DIR [--rounds N]");
            System.exit(2);
        }
        Path dir = Path.of(options.get("--dir"));
        Path out = Path.of(options.get("--out"));
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "100"));
        Files.createDirectories(out);

        Map<String, List<String>> contents = new LinkedHashMap<>();
        Accuracy sum = new Accuracy();
        System.out.printf(Locale.ROOT, "%-12s %7s | %7s %7s | %7s %7s | %7s %7s | %s%n", "dataset", "GA-orig",
                "GA-icse", "PA-icse", "GA-lh2", "PA-lh2", "PA-orig", "tmpl", "templates(parsed/truth)");
        for (Map.Entry<String, String> source : LoghubFormats.FORMATS.entrySet()) {
            String name = source.getKey();
            Path log = dir.resolve(name).resolve(name + "_2k.log");
            if (!Files.exists(log)) {
                continue;
            }
            List<String> messages = messages(log, new LogFormat(source.getValue()));
            contents.put(name, messages);
            String[] templates = parse(messages);
            write(out.resolve(name + "_2k.log_structured.csv"), messages, templates);
            sum.add(name, dir.resolve(name), templates);
        }
        sum.printAverages();
        Throughput.compare(contents, rounds);
    }

    static List<String> messages(Path log, LogFormat format) throws IOException {
        List<String> messages = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            String content = format.content(line);
            if (content != null) {
                messages.add(content);
            }
        }
        return messages;
    }

    /** Final template of every message: the template its group holds after the whole file. */
    static String[] parse(List<String> messages) {
        TemplateMiner miner = new TemplateMiner();
        int[] ids = new int[messages.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = miner.addForId(messages.get(i));
        }
        String[] templates = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            templates[i] = miner.template(ids[i]).template();
        }
        return templates;
    }

    private static void write(Path file, List<String> messages, String[] templates) throws IOException {
        Map<String, String> eventIds = new LinkedHashMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("LineId,Content,EventId,EventTemplate\n");
            for (int i = 0; i < templates.length; i++) {
                String id = eventIds.computeIfAbsent(templates[i], k -> "E" + (eventIds.size() + 1));
                w.write((i + 1) + "," + Csv.quote(messages.get(i)) + "," + id + "," + Csv.quote(templates[i]) + "\n");
            }
        }
    }
}
