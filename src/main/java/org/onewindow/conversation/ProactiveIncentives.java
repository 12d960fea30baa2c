package org.onewindow.conversation;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.onewindow.i18n.MessageCatalog;
import org.onewindow.policy.Evaluation;
import org.onewindow.policy.IncentiveCatalog;
import org.onewindow.policy.Proactive;
import org.onewindow.policy.Profile;
import org.onewindow.policy.ProfileStore;
import org.onewindow.shared.Citation;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Benefits without applying" (免申即享): when the incentives change, every enterprise whose stored
 * profile now qualifies for a policy it did not before is told in its verified conversations.
 */
final class ProactiveIncentives {

    private static final Logger LOG = LoggerFactory.getLogger(ProactiveIncentives.class);
    private static final int PAGE = 200;

    private ProactiveIncentives() {}

    /** Blocking-free: walks the profiles page by page and pushes one message per enterprise. */
    static void tell(
            Vertx vertx,
            ProfileStore profiles,
            ConversationService conversations,
            IncentiveCatalog before,
            IncentiveCatalog after,
            Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        vertx.runOnContext(v -> page(vertx, profiles, conversations, before, after, today, null));
    }

    private static void page(
            Vertx vertx,
            ProfileStore profiles,
            ConversationService conversations,
            IncentiveCatalog before,
            IncentiveCatalog after,
            LocalDate today,
            String afterUscc) {
        Future.fromCompletionStage(profiles.page(afterUscc, PAGE), vertx.getOrCreateContext())
                .onSuccess(page -> {
                    for (Profile profile : page) {
                        List<Evaluation> news = Proactive.newlyEligible(before, after, profile, today);
                        if (!news.isEmpty()) {
                            conversations
                                    .notifyEnterprise(profile.uscc(), lang -> message(news, lang))
                                    .onFailure(e -> LOG.warn(
                                            "enterprise could not be told of new incentives: {}", e.toString()));
                        }
                    }
                    if (page.size() == PAGE) {
                        page(
                                vertx,
                                profiles,
                                conversations,
                                before,
                                after,
                                today,
                                page.get(page.size() - 1).uscc());
                    }
                })
                .onFailure(e -> LOG.error("new incentives could not be matched against profiles: {}", e.toString()));
    }

    private static Reply message(List<Evaluation> news, Lang lang) {
        MessageCatalog messages = MessageCatalog.bundled();
        StringBuilder text = new StringBuilder(messages.text(lang, "incentives.goodNews"));
        for (Evaluation e : news) {
            text.append('\n')
                    .append(messages.text(
                            lang,
                            "incentives.line",
                            "title",
                            e.incentive().title().text(lang),
                            "benefit",
                            e.incentive().benefit().text(lang)));
        }
        List<Citation> citations = news.stream()
                .map(e -> new Citation(
                        e.incentive().title().text(lang),
                        "knowledge-base/incentives/" + e.incentive().file(),
                        e.incentive().clause() == null
                                ? ""
                                : e.incentive().clause().text(lang),
                        String.valueOf(e.incentive().effective())))
                .toList();
        return Reply.answer(text.toString(), citations, List.of());
    }
}
