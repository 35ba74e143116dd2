package dev.firebreak.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TemplateMinerTest {

    @Test
    void masksNumbersIpsHexUuidsPathsDurationsAndSizes() {
        TemplateMiner miner = new TemplateMiner();
        String t = miner.add("Connection from 10.1.2.3:5432 took 15ms for 4KB at /var/lib/data id "
                + "0x7f3a uuid 123e4567-e89b-12d3-a456-426614174000 retry 3").template();
        assertThat(t).isEqualTo("Connection from <*>:<*> took <*> for <*> at <*> id <*> uuid <*> retry <*>");
    }

    @Test
    void messagesDifferingInVariablesShareOneTemplate() {
        TemplateMiner miner = new TemplateMiner();
        int a = miner.addForId("Timeout waiting for connection from pool after 30000 ms");
        int b = miner.addForId("Timeout waiting for connection from pool after 15000 ms");
        int c = miner.addForId("User alice logged in");
        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
        assertThat(miner.template(a).template()).isEqualTo("Timeout waiting for connection from pool after <*> ms");
        assertThat(miner.template(a).count()).isEqualTo(2);
    }

    @Test
    void keyWordSettingsSeparateEventsButNumericAndNullValuesStayVariable() {
        TemplateMiner miner = new TemplateMiner();
        int root = miner.addForId("authentication failure; uid=0 rhost=10.0.0.1 user=root");
        int guest = miner.addForId("authentication failure; uid=0 rhost=10.0.0.2 user=guest");
        assertThat(root).isNotEqualTo(guest);
        int a = miner.addForId("release lock ws=null mask=ffffffff uid=1000");
        int b = miner.addForId("release lock ws=null mask=00ff00ff uid=1001");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void wordVariablesAreGeneralisedOnceThePositionShowsThreeWords() {
        TemplateMiner miner = new TemplateMiner();
        int alice = miner.addForId("Session opened for user alice by admin");
        int bob = miner.addForId("Session opened for user bob by admin");
        // Two spellings may be the code's choice: still two events.
        assertThat(bob).isNotEqualTo(alice);
        int carol = miner.addForId("Session opened for user carol by admin");
        assertThat(miner.currentId(alice)).isEqualTo(carol);
        assertThat(miner.currentId(bob)).isEqualTo(carol);
        assertThat(miner.template(alice).template()).isEqualTo("Session opened for user <*> by admin");
        assertThat(miner.template(carol).count()).isEqualTo(3);
        assertThat(miner.addForId("Session opened for user dave by admin")).isEqualTo(carol);
    }

    @Test
    void templatesThatBecomeEqualMerge() {
        TemplateMiner miner = new TemplateMiner(new MinerSettings(0.6, 100));
        int first = miner.addForId("job alpha.jar finished on host red.lan");
        int second = miner.addForId("job beta.war finished on host blue.lan");
        assertThat(miner.currentId(second)).isEqualTo(miner.currentId(first));
        assertThat(miner.templates()).hasSize(1);
        assertThat(miner.templates().get(0).template()).isEqualTo("job <*> finished on host <*>.lan");
    }

    @Test
    void differentEventsStaySeparate() {
        TemplateMiner miner = new TemplateMiner();
        miner.add("Disk quota exceeded for volume 3");
        miner.add("Replication lag is 12 seconds");
        miner.add("Cache warmed in 250 ms");
        assertThat(miner.templates()).hasSize(3);
    }

    @Test
    void leastRecentlyUsedTemplateIsEvictedAtTheCap() {
        TemplateMiner miner = new TemplateMiner(new MinerSettings(0.5, 2));
        int old = miner.addForId("alpha event happened");
        miner.addForId("beta thing occurred here now");
        miner.addForId("beta thing occurred here now");
        miner.addForId("gamma only one token differs from nothing else");
        assertThat(miner.size()).isEqualTo(2);
        assertThat(miner.template(old)).isNull();
    }

    @Test
    void concurrentAddsLoseNothing() throws Exception {
        TemplateMiner miner = new TemplateMiner();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 5000; i++) {
                    miner.add("request " + i + " served by worker " + thread + " in " + (i % 97) + " ms");
                    miner.add("cache miss for key user:" + i);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(miner.templates()).extracting(LogTemplate::count).containsExactlyInAnyOrder(20_000L, 20_000L);
    }

    @Test
    void dottedNumbersAreOneVariableAndWordsBeforeADotStay() {
        TemplateMiner miner = new TemplateMiner();
        assertThat(miner.add("generating core.1234").template()).isEqualTo("generating core.<*>");
        assertThat(miner.add("synchronized to 10.100.18.22, stratum 2").template())
                .isEqualTo("synchronized to <*>, stratum <*>");
        assertThat(miner.add("Retrying connect to server: 10.0.0.1:8030. Already tried 3 time(s)").template())
                .isEqualTo("Retrying connect to server: <*>:<*>. Already tried <*> time(s)");
    }

    @Test
    void generalisingKeepsKeysAndBrackets() {
        TemplateMiner miner = new TemplateMiner();
        int id = miner.addForId("connection from 10.0.0.1 (host-a) at noon rhost=10.0.0.1");
        miner.addForId("connection from 10.0.0.2 (other) at noon rhost=db.local");
        assertThat(miner.template(id).template()).isEqualTo("connection from <*> (<*>) at noon rhost=<*>");
    }

    @Test
    void statesAndFlagsSpelledAsWordsSeparateEvents() {
        TemplateMiner miner = new TemplateMiner();
        int a = miner.addForId("task_1 Task Transitioned from NEW to SCHEDULED");
        int b = miner.addForId("task_2 Task Transitioned from NEW to RUNNING");
        int c = miner.addForId("updateClipping isOverlap:false, padding=3");
        int d = miner.addForId("updateClipping isOverlap:true, padding=4");
        int e = miner.addForId("task_3 Task Transitioned from NEW to SCHEDULED");
        assertThat(a).isNotEqualTo(b);
        assertThat(c).isNotEqualTo(d);
        assertThat(e).isEqualTo(a);
        assertThat(miner.template(a).template()).isEqualTo("<*> Task Transitioned from NEW to SCHEDULED");
    }

    @Test
    void urlsHostNamesAddressesAndSizesAreSingleValues() {
        TemplateMiner miner = new TemplateMiner();
        assertThat(miner.add("Input split: hdfs://node1:9000/pjhe/test/1/part-0.log:0+1000").template())
                .isEqualTo("Input split: hdfs://<*>");
        assertThat(miner.add("Resolved node42.fareast.corp.example.com to rack").template())
                .isEqualTo("Resolved <*> to rack");
        assertThat(miner.add("Old: msra-sa-41/10.190.173.170:9000 src: /10.251.1.1:50010").template())
                .isEqualTo("Old: <*>/<*>:<*> src: <*>:<*>");
        assertThat(miner.add("stored in memory (estimated size 12.5 KB, free 3.2 GB)").template())
                .isEqualTo("stored in memory (estimated size <*>, free <*>)");
    }

    @Test
    void pathsAreMaskedButTheSentencePunctuationAfterThemStays() {
        TemplateMiner miner = new TemplateMiner();
        assertThat(miner.add("Error loading /bgl/apps/run.x: invalid image").template())
                .isEqualTo("Error loading <*>: invalid image");
        assertThat(miner.add("program interrupt: illegal instruction......0").template())
                .isEqualTo("program interrupt: illegal instruction......<*>");
    }

    @Test
    void aWordTakingOneOfTwoSpellingsSeparatesEvents() {
        TemplateMiner miner = new TemplateMiner();
        int bytes = miner.addForId("Block broadcast_9_piece0 stored as bytes in memory (estimated size 5.2 KB, free 5.2 KB)");
        int values = miner.addForId("Block broadcast_9 stored as values in memory (estimated size 8.8 KB, free 14.0 KB)");
        int again = miner.addForId("Block broadcast_12 stored as bytes in memory (estimated size 3.1 KB, free 2.0 GB)");
        assertThat(values).isNotEqualTo(bytes);
        assertThat(again).isEqualTo(bytes);
        assertThat(miner.template(bytes).template())
                .isEqualTo("Block <*> stored as bytes in memory (estimated size <*>, free <*>)");
        int begin = miner.addForId("The change in focus caused us to need to do a layout begin");
        int end = miner.addForId("The change in focus caused us to need to do a layout end");
        assertThat(end).isNotEqualTo(begin);
    }

    @Test
    void dottedNamesStayVariablesWhileWordsDoNot() {
        TemplateMiner miner = new TemplateMiner();
        int a = miner.addForId("acquire lock=1, flags=0x1, name=android, ws=null, uid=1000");
        int b = miner.addForId("acquire lock=2, flags=0x1, name=com.android.phone, ws=null, uid=1001");
        assertThat(b).isEqualTo(a);
        assertThat(miner.template(a).template())
                .isEqualTo("acquire lock=<*>, flags=<*>, name=<*>, ws=null, uid=<*>");
    }

    @Test
    void aWordAgainstNothingOrAMarkerAgainstAValueIsAnotherEvent() {
        TemplateMiner miner = new TemplateMiner();
        int plain = miner.addForId("session opened for user news by (uid=0)");
        int login = miner.addForId("session opened for user root by LOGIN(uid=0)");
        assertThat(login).isNotEqualTo(plain);
        int all = miner.addForId("Fan speeds ( 3552 3534 3375 4245 3515 3479 )");
        int missing = miner.addForId("Fan speeds ( 3552 3534 3375 **** 3515 3479 )");
        assertThat(missing).isNotEqualTo(all);
        assertThat(miner.addForId("Fan speeds ( 3551 3530 3371 **** 3512 3470 )")).isEqualTo(missing);
    }

    @Test
    void anEmptyValueAgainstAVaryingOneIsTheSameEvent() {
        TemplateMiner miner = new TemplateMiner();
        int named = miner.addForId("connection from 10.0.0.1 (host7.example.org) at noon");
        int empty = miner.addForId("connection from 10.0.0.2 () at noon");
        assertThat(empty).isEqualTo(named);
        assertThat(miner.template(named).template()).isEqualTo("connection from <*> (<*>) at noon");
    }

    @Test
    void writtenDatesAreOneVariable() {
        TemplateMiner miner = new TemplateMiner();
        assertThat(miner.add("connection from 10.0.0.1 () at Wed Jul 27 10:59:53 2005").template())
                .isEqualTo("connection from <*> () at <*>:<*>:<*>");
        assertThat(miner.add("Release Date: 27 Jul 2005").template()).isEqualTo("Release Date: <*>");
        // A month or weekday name with no number next to it is a word.
        assertThat(miner.add("May the job start on Sun servers").template())
                .isEqualTo("May the job start on Sun servers");
    }

    @Test
    void aKindNumberedNameKeepsItsKind() {
        TemplateMiner miner = new TemplateMiner();
        assertThat(miner.add("domain root28_domain is no longer served by node node-219").template())
                .isEqualTo("domain <*> is no longer served by node node-<*>");
        assertThat(miner.add("Targeting domains:node-D0 and worker-3").template())
                .isEqualTo("Targeting domains:node-<*> and worker-<*>");
        // Several hyphens (host names, UUIDs) stay one value.
        assertThat(miner.add("Old: msra-sa-41 id 123e4567-e89b-12d3").template()).isEqualTo("Old: <*> id <*>");
    }

    @Test
    void fieldsWithTheSameKeyOrNamespaceCountAsSimilar() {
        TemplateMiner miner = new TemplateMiner();
        int a = miner.addForId("acquire lock=1, flags=0x1, tag=\"*launch*\", name=android, ws=WorkSource{10113}, uid=1000");
        int b = miner.addForId("acquire lock=2, flags=0x1, tag=\"RILJ_ACK_WL\", name=com.android.phone, ws=null, uid=1001");
        assertThat(b).isEqualTo(a);
        assertThat(miner.template(a).template())
                .isEqualTo("acquire lock=<*>, flags=<*>, tag=\"<*>\", name=<*>, ws=<*>, uid=<*>");
        // A shared key does not make different words one event.
        int on = miner.addForId("update lights mode=on, reason=<*>");
        int off = miner.addForId("update lights mode=off, reason=<*>");
        assertThat(off).isNotEqualTo(on);
        int tick = miner.addForId("received broadcast android.intent.action.TIME_TICK");
        int battery = miner.addForId("received broadcast android.intent.action.BATTERY_CHANGED");
        assertThat(battery).isEqualTo(tick);
        assertThat(miner.template(tick).template()).isEqualTo("received broadcast android.intent.action.<*>");
    }

    @Test
    void quotedAndSingleSegmentPathsAndHostsWithPortsAreValues() {
        TemplateMiner miner = new TemplateMiner();
        assertThat(miner.add("creating device node '/udev/vcsa2'").template()).isEqualTo("creating device node '<*>'");
        assertThat(miner.add("Resolved node-7.example.com to /default-rack").template())
                .isEqualTo("Resolved <*> to <*>");
        assertThat(miner.add("Opening proxy : MININT-FNANLI5.fareast.corp.microsoft.com:52368").template())
                .isEqualTo("Opening proxy : <*>:<*>");
        assertThat(miner.add("on NM: [MSRA-SA-39.fareast.corp.microsoft.com:28345]").template())
                .isEqualTo("on NM: [<*>:<*>]");
        // A slash between words is not a path.
        assertThat(miner.add("I/O error on read/write").template()).isEqualTo("I/O error on read/write");
    }

    @Test
    void macAddressesAreOneValueButTimesKeepTheirShape() {
        TemplateMiner miner = new TemplateMiner();
        assertThat(miner.add("DHCPDISCOVER from 00:11:43:e3:ba:c3 via br0").template())
                .isEqualTo("DHCPDISCOVER from <*> via <*>");
        assertThat(miner.add("Ido chip status changed: FF:F2:9F:15:7B:E0:00:0D:60:EA:84:1F ip=10.7.0.130").template())
                .isEqualTo("Ido chip status changed: <*> ip=<*>");
        assertThat(miner.add("delay=00:00:02, stamp 2016/9/28:16:00:46.635").template())
                .isEqualTo("delay=<*>:<*>:<*>, stamp <*>/<*>/<*>:<*>:<*>:<*>");
    }
}
