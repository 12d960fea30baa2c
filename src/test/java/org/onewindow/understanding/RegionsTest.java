package org.onewindow.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class RegionsTest {

    @Test
    void elsewhere_aPlaceOutsideHunan_isNamed() {
        assertThat(Regions.elsewhere("广州开公司要几天")).isEqualTo("广州");
        assertThat(Regions.elsewhere("How do I close a company in Hong Kong?")).isEqualTo("Hong Kong");
    }

    @Test
    void elsewhere_hunanOrThePark_orNoPlace_isNull() {
        assertThat(Regions.elsewhere("长沙注销要几天")).isNull();
        assertThat(Regions.elsewhere("our investor is from Shanghai, can we register here?"))
                .isNull();
        assertThat(Regions.elsewhere("注销要几个工作日")).isNull();
    }

    @Test
    void elsewhere_whereTheUserIs_isNotWhatTheyAskAbout() {
        assertThat(Regions.elsewhere("can they just mail the licence n seals to us? we're still in shenzhen"))
                .isNull();
        assertThat(Regions.elsewhere("我们人在深圳，执照能寄过来吗")).isNull();
        assertThat(Regions.elsewhere("深圳注销要几天")).isEqualTo("深圳");
    }

    @Test
    void elsewhere_whoComesFromThePlace_isNotWhatTheyAskAbout() {
        assertThat(Regions.elsewhere("what if one shareholder is a Singapore company"))
                .isNull();
        assertThat(Regions.elsewhere("香港股东要交哪些材料")).isNull();
        assertThat(Regions.elsewhere("新加坡注册公司要多久")).isEqualTo("新加坡");
    }

    @Test
    void elsewhere_theParkOfThePlaceNamed_isElsewhere() {
        assertThat(Regions.elsewhere("湖北那边的园区注销企业要几个工作日？")).isEqualTo("湖北");
        assertThat(Regions.elsewhere("深圳的公司能在园区办注销吗")).isNull();
        assertThat(Regions.elsewhere("is it the same in Guangdong as here?")).isNull();
    }
}
