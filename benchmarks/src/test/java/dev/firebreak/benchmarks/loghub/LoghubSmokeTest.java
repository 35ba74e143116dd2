package dev.firebreak.benchmarks.loghub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoghubSmokeTest {

    private static final Path HDFS = Path.of("/work/shared/bench/loghub2k/HDFS");

    @Test
    void headerFormatExtractsTheMessage() {
        LogFormat format = new LogFormat(LoghubFormats.FORMATS.get("HDFS"));
        assertThat(format.content("081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 "
                + "for block blk_38865049064139660 terminating"))
                .isEqualTo("PacketResponder 1 for block blk_38865049064139660 terminating");
    }

    @Test
    void groupingAccuracyOfAPerfectAndOfAMergedParse() {
        String[] truth = {"A", "A", "B", "C"};
        assertThat(ParsingAccuracy.grouping(new String[] {"x", "x", "y", "z"}, truth)).isEqualTo(1.0);
        assertThat(ParsingAccuracy.grouping(new String[] {"x", "x", "y", "y"}, truth)).isEqualTo(0.5);
    }

    @Test
    void hdfsParsesWithHighGroupingAccuracy() throws Exception {
        assumeTrue(Files.isDirectory(HDFS), "Loghub data not present");
        List<String> messages = LoghubBench.messages(HDFS.resolve("HDFS_2k.log"),
                new LogFormat(LoghubFormats.FORMATS.get("HDFS")));
        String[] parsed = LoghubBench.parse(messages);
        GroundTruth truth = GroundTruth.read(HDFS.resolve("HDFS_2k.log_structured.csv"));
        assertThat(parsed).hasSize(2000);
        assertThat(ParsingAccuracy.grouping(parsed, truth.eventIds())).isGreaterThan(0.95);
    }
}
