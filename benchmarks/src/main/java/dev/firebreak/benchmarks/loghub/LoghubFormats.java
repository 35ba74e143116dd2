package dev.firebreak.benchmarks.loghub;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Header layout of each Loghub source: log format configuration (which leading fields are
 * header), the same strings logparser's benchmark uses. No masking regexes and no per-source
 * thresholds: the miner runs with one generic setting.
 */
final class LoghubFormats {

    static final Map<String, String> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("HDFS", "<Date> <Time> <Pid> <Level> <Component>: <Content>");
        FORMATS.put("Hadoop", "<Date> <Time> <Level> \\[<Process>\\] <Component>: <Content>");
        FORMATS.put("Spark", "<Date> <Time> <Level> <Component>: <Content>");
        FORMATS.put("Zookeeper", "<Date> <Time> - <Level>  \\[<Node>:<Component>@<Id>\\] - <Content>");
        FORMATS.put("BGL", "<Label> <Timestamp> <Date> <Node> <Time> <NodeRepeat> <Type> <Component> <Level> <Content>");
        FORMATS.put("HPC", "<LogId> <Node> <Component> <State> <Time> <Flag> <Content>");
        FORMATS.put("Thunderbird",
                "<Label> <Timestamp> <Date> <User> <Month> <Day> <Time> <Location> <Component>(\\[<PID>\\])?: <Content>");
        FORMATS.put("Windows", "<Date> <Time>, <Level>                  <Component>    <Content>");
        FORMATS.put("Linux", "<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>");
        FORMATS.put("Android", "<Date> <Time>  <Pid>  <Tid> <Level> <Component>: <Content>");
    }

    private LoghubFormats() {
    }
}
