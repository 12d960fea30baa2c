package org.onewindow.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class SpellingRepairTest {

    private static final Map<String, Integer> WORDS = Map.of("注销", 12, "发票", 6, "高新企业", 2, "执照", 9, "公示", 4, "条例", 3);
    private static final Set<String> TERMS = Set.of("注销", "发票", "高新企业", "执照", "公示", "去拿");
    private static final SpellingRepair REPAIR = SpellingRepair.of(WORDS, TERMS, Set.of("ukey"));

    @Test
    void repair_pinyinTypedForAWord_becomesTheWord() {
        assertThat(REPAIR.repair("公司不想干了 zhuxiao要几天能搞定啊")).isEqualTo("公司不想干了 注销要几天能搞定啊");
        assertThat(REPAIR.repair("没领过FaPiao还要清税吗")).isEqualTo("没领过发票还要清税吗");
    }

    @Test
    void repair_pinyinOfTheStartOfAWord_takesTheCharactersAfterIt() {
        assertThat(REPAIR.repair("gaoxin企业所得税税率多少")).isEqualTo("高新企业所得税税率多少");
    }

    @Test
    void repair_aLatinWordTheKnowledgeBaseUses_staysAsTyped() {
        assertThat(REPAIR.repair("税务ukey怎么领")).isEqualTo("税务ukey怎么领");
    }

    @Test
    void repair_aCharacterOfTheSameSoundInATerm_becomesTheTerm() {
        assertThat(REPAIR.repair("新开的公司发漂咋领啊")).isEqualTo("新开的公司发票咋领啊");
        assertThat(REPAIR.repair("注消公司要多久")).isEqualTo("注销公司要多久");
    }

    @Test
    void repair_aRealWordSoundingLikeATerm_staysAsTyped() {
        assertThat(REPAIR.repair("简易注销公式期几天")).isEqualTo("简易注销公式期几天");
    }

    @Test
    void repair_commonWordsSoundingLikeAWordNotATermTheDocumentsUse_stayAsTyped() {
        assertThat(REPAIR.repair("去哪办 网上行不行")).isEqualTo("去哪办 网上行不行");
        assertThat(REPAIR.repair("这是二十条里的第几条")).isEqualTo("这是二十条里的第几条");
    }

    @Test
    void repair_latinWordsApartFromChineseOrInAnAddress_stayAsTyped() {
        assertThat(REPAIR.repair("请发到 zhangwei@abc.com")).isEqualTo("请发到 zhangwei@abc.com");
        assertThat(REPAIR.repair("官网www.gaoxin.gov.cn")).isEqualTo("官网www.gaoxin.gov.cn");
        assertThat(REPAIR.repair("women entrepreneurs 有补贴吗")).isEqualTo("women entrepreneurs 有补贴吗");
        assertThat(REPAIR.repair("guiding opinions 是哪个文件")).isEqualTo("guiding opinions 是哪个文件");
    }

    @Test
    void repair_englishText_isUnchanged() {
        assertThat(REPAIR.repair("how long does zhuxiao take")).isEqualTo("how long does zhuxiao take");
    }
}
