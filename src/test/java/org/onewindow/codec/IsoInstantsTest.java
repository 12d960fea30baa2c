package org.onewindow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Test
    void format_matchesInstantToString_forEdgeCasesAndRandomInstants() {
        Instant[] edges = {
            Instant.EPOCH,
            Instant.parse("2026-11-27T03:39:30.539263500Z"),
            Instant.parse("2026-11-27T03:39:30.539Z"),
            Instant.parse("2026-11-27T03:39:30.539263Z"),
            Instant.parse("2024-02-29T23:59:59.999999999Z"),
            Instant.parse("1969-12-31T23:59:59.000000001Z"),
            Instant.parse("0000-01-01T00:00:00Z"),
            Instant.parse("9999-12-31T23:59:59.100Z"),
            Instant.MAX,
            Instant.MIN,
            Instant.ofEpochSecond(-1, 500)
        };
        for (Instant i : edges) {
            assertThat(IsoInstants.format(i)).as(i.toString()).isEqualTo(i.toString());
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 100_000; n++) {
            Instant i = Instant.ofEpochSecond(
                    random.nextLong(-70_000_000_000L, 260_000_000_000L),
                    switch (n % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });
            assertThat(IsoInstants.format(i)).isEqualTo(i.toString());
        }
    }

    @Test
    void json_writesInstantsAsIsoStrings() {
        assertThat(Json.write(Instant.parse("2026-11-27T03:39:30.5Z"))).isEqualTo("\"2026-11-27T03:39:30.500Z\"");
    }
}
