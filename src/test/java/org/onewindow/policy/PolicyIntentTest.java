package org.onewindow.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PolicyIntentTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what subsidies can I get?                                  | true
            Which incentives are we eligible for                       | true
            Do we qualify for any tax relief?                          | true
            are there any grants for my company                        | true
            show me the tax breaks available to us                     | true
            Can we claim the R&D super deduction?                      | true
            what policies is my company eligible for                   | true
            Which benefits can we get as a small business?             | true
            我能享受哪些优惠政策？                                          | true
            我们公司可以申请什么补贴                                         | true
            有没有适合我们的惠企政策                                         | true
            帮我查一下能享受的税收优惠                                        | true
            我们符合哪些政策                                               | true
            研发费用加计扣除我们能享受吗                                       | true
            有哪些扶持资金可以申请                                           | true
            我们都要申请哪些补贴                                            | true
            how long does deregistration take?                         | false
            I want to register a company                               | false
            what is the VAT rate for small-scale taxpayers             | false
            where is my application?                                   | false
            What does the 20 measures policy say about the one-stop service? | false
            cancel                                                     | false
            注销公司需要多久                                               | false
            我要开办企业                                                 | false
            我的申请进度到哪了                                              | false
            这个政策是哪年发布的                                             | false
            转人工                                                     | false
            How long does it take to get an invention patent granted?  | false
            免申即享 meaning?                                            | false
            惠企政策免申即享是什么意思                                          | false
            补贴多久能到账？                                              | false
            惠企政策还得自己去申请么                                          | false
            园区有人才住房补贴吗 一个月补多少                                    | false
            how much is the R&D subsidy?                               | false
            What does the R&D super deduction give us?                 | false
            听说有的扶持政策企业不用提申请就能直接享受，二十条里是怎么提的？              | false
            那这个能跟别的优惠叠加不，还是只能二选一                              | false
            can the halving be stacked with other tax incentives?      | false
            r&d super deduction - do we apply for it somewhere or just take it in the tax return? | false
            研发费用加计扣除现在能扣多少                                      | false
            那些惠企政策是不是得一个个去申请                                    | false
            """)
    void matchesIntent_labelledUtterances(String text, boolean expected) {
        assertEquals(expected, PolicyIntent.matches(text.trim()), text);
    }

    /** The shipped policies, whose titles name them. */
    private static final List<Incentive> SHIPPED = shipped();

    private static List<Incentive> shipped() {
        try {
            return IncentiveCatalog.load(Path.of("knowledge-base/incentives")).incentives();
        } catch (IncentiveLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            小型微利企业所得税有什么优惠？                                       | false
            What is the R&D super deduction?                           | false
            what does the six taxes and two fees relief cover?         | false
            研发费用加计扣除有什么要求                                          | false
            Can we claim the R&D super deduction?                      | true
            研发费用加计扣除我们能享受吗                                       | true
            what subsidies can I get?                                  | true
            有哪些扶持资金可以申请                                           | true
            我们都要申请哪些补贴                                            | true
            what tax relief is there for small companies?              | true
            我能享受哪些优惠政策？                                          | true
            """)
    void askingWhichApply_aQuestionAboutOneNamedPolicyIsNotTheCheck(String text, boolean expected) {
        assertEquals(expected, PolicyIntent.asksWhichApply(text.trim(), SHIPPED), text);
    }
}
