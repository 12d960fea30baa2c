package org.onewindow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ListedItemsTest {

    @Test
    void placeAsked_byOrdinalWordOrChineseNumeral() {
        assertThat(ListedItems.placeAsked("what's in the second one")).hasValue(2);
        assertThat(ListedItems.placeAsked("and the 3rd group?")).hasValue(3);
        assertThat(ListedItems.placeAsked("第三部分具体讲啥")).hasValue(3);
        assertThat(ListedItems.placeAsked("第十三条讲的是什么")).isEmpty();
        assertThat(ListedItems.placeAsked("what does the first step cost")).hasValue(1);
        assertThat(ListedItems.placeAsked("how long does it take")).isEmpty();
    }

    @Test
    void at_theItemOfTheFirstListOfThreeOrMore() {
        String en =
                "They are 20 measures, in five groups: park affairs, life-cycle services, \"four-instant\" approval,"
                        + " service upgrading and mechanism guarantee.";
        assertThat(ListedItems.at(en, 2)).hasValue("life-cycle services");
        assertThat(ListedItems.at(en, 5)).hasValue("mechanism guarantee");
        String zh = "分园区事园区办、全生命周期服务、\"四即\"极简审批、服务提质、机制保障五部分。";
        assertThat(ListedItems.at(zh, 2)).hasValue("全生命周期服务");
        assertThat(ListedItems.at(zh, 6)).isEmpty();
    }

    @Test
    void at_twoThingsAreNoList() {
        assertThat(ListedItems.at("Bring: the licence and the seal.", 2)).isEmpty();
        assertThat(ListedItems.at("营业执照、公章。", 2)).isEmpty();
    }
}
