package org.doorstep.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * 一次性告知制: "申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容"
 * (《中华人民共和国行政许可法》第三十二条第一款第（四）项), which the county's rules repeat as "一次性告知制" (seed 004:
 * 严格落实"首问负责制""一次性告知制""限时办结制"，坚决杜绝"重复提交").
 * <p>
 * The first notice lists everything. A later notice (补充告知) may name only what no earlier notice could have known
 * of: a material given after the latest notice (the supplement itself may be defective), or one the guide does not
 * list and the applicant never gave (a need found in review). A material of the guide that was missing or already
 * given when the latest notice went out should have been in it, and is refused. A later notice also needs its reason
 * recorded.
 */
public final class OneTimeNoticeRule {

    /** Why a notice is refused, in words shown to the officer, and the materials an earlier notice should have named. */
    public record Refusal(String message, List<String> knowable) {
    }

    private OneTimeNoticeRule() {
    }

    /**
     * Whether a notice naming {@code named} may go out now.
     *
     * @param guide the materials the item's guide lists
     * @param given every material given so far, with when
     * @param earlier the notices already sent, in any order
     * @param named the materials the new notice names
     * @param reason why a later notice is needed; ignored for the first
     * @return empty when allowed, else the refusal
     */
    public static Optional<Refusal> check(Collection<String> guide, Collection<CaseMaterial> given,
            Collection<OneTimeNotice> earlier, List<String> named, String reason) {
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Instant latest = earlier.stream().map(OneTimeNotice::issuedAt).max(Instant::compareTo).orElseThrow();
        if (named.isEmpty()) {
            return Optional.of(new Refusal("已发出过一次性告知。补充告知只能针对首次告知时无法知晓的材料，请勾选或填写该材料，"
                    + "不能仅补充文字说明（行政许可法第三十二条第一款第（四）项）", List.of()));
        }
        List<String> knowable = new ArrayList<>();
        for (String material : named) {
            if (!unknowableAt(latest, material, guide, given)) {
                knowable.add(material);
            }
        }
        if (!knowable.isEmpty()) {
            return Optional.of(new Refusal("一次性告知只能发出一次：" + String.join("、", knowable)
                    + " 在上次告知时已经缺少或已经提交，应当在上次告知中一并告知，不能再次告知"
                    + "（行政许可法第三十二条第一款第（四）项）", List.copyOf(knowable)));
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of(new Refusal("补充告知须写明理由：为什么上次告知时无法知晓这些材料需要补正", List.of()));
        }
        return Optional.empty();
    }

    /** Given after the latest notice, or neither in the guide nor ever given. */
    private static boolean unknowableAt(Instant latest, String material, Collection<String> guide,
            Collection<CaseMaterial> given) {
        Optional<Instant> lastGiven = given.stream().filter(m -> m.name().equals(material))
                .map(CaseMaterial::givenAt).max(Instant::compareTo);
        if (lastGiven.isPresent()) {
            return lastGiven.get().isAfter(latest);
        }
        return !guide.contains(material);
    }
}
