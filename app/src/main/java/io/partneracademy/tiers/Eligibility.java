package io.partneracademy.tiers;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.Language;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Decides the highest tier a partner qualifies for and says, in words, what the next tier still needs. */
final class Eligibility {

    private Eligibility() {
    }

    /**
     * Certified people at the partner, each counted once at their highest active level, and the distinct
     * specializations (e.g. Healthcare) its people hold.
     */
    record Counts(int certified, int practitioners, int architects, int specializations) {

        /** Counts without specializations. */
        Counts(int certified, int practitioners, int architects) {
            this(certified, practitioners, architects, 0);
        }
    }

    /** What one tier requires, as the policy said at an assessment. */
    record Thresholds(Tier tier, int minCertified, int minPractitioners, int minArchitects, int minSpecializations,
                      BigDecimal minArr, int minReferrals) {

        static Thresholds of(TierPolicy p) {
            return new Thresholds(p.tier(), p.minCertified(), p.minPractitioners(), p.minArchitects(),
                    p.minSpecializations(), p.minArr(), p.minReferrals());
        }
    }

    /**
     * The tier a partner qualifies for, what its assessment says in words ({@link #said}, renderable in any
     * language) and the thresholds of the next tier up that it is written from (null when it met every tier);
     * {@link #explanation} is the English text, as stored with the assessment.
     */
    record Result(Tier eligible, Words said, @Nullable Thresholds next) {

        String explanation() {
            return said.english();
        }
    }

    /**
     * What an assessment says, as message keys of the bundles and their arguments, so that it can be written in
     * each reader's language (tier names, numbers and money the reader's way). An argument that is itself a
     * {@code Words}, a {@link Tier} or a {@link BigDecimal} amount of US dollars is rendered first; counts stay
     * numbers, which the messages format ({@code {2,number,integer}}).
     */
    record Words(String key, List<Object> arguments, List<Words> then) {

        Words(String key, Object... arguments) {
            this(key, Arrays.asList(arguments), List.of());
        }

        /** These words followed by more sentences. */
        Words followedBy(List<Words> more) {
            return new Words(key, arguments, more);
        }

        /** The text in one language: {@code text} formats a message of the bundles, {@code money} an amount. */
        String render(BiFunction<String, Object[], String> text, Function<BigDecimal, String> money) {
            Object[] values = arguments.stream().map(a -> a instanceof Words w ? w.render(text, money)
                    : a instanceof Tier t ? text.apply("tier." + t.name(), new Object[0])
                    : a instanceof BigDecimal amount ? money.apply(amount) : a).toArray();
            StringBuilder out = new StringBuilder(text.apply(key, values));
            then.forEach(w -> out.append(' ').append(w.render(text, money)));
            return out.toString();
        }

        /** The text in a reader's language, through the application's message bundles. */
        String in(MessageSource messages, Locale reader) {
            return render((key, values) -> new MessageFormat(messages.getRawMessage(key,
                            MessageSource.MessageContext.of(reader)).orElseThrow(
                                    () -> new IllegalStateException("No message " + key)), reader).format(values),
                    amount -> money(amount, reader));
        }

        /** The text in English, as assessments store it and the CSV and API give it. */
        String english() {
            return render((key, values) -> new MessageFormat(ENGLISH.getString(key), Locale.US).format(values),
                    Eligibility::money);
        }
    }

    /** The English bundle (messages.properties), read once. */
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    static Result assess(List<TierPolicy> policies, Counts counts, BigDecimal arr, int referrals) {
        List<TierPolicy> ordered = new ArrayList<>(policies);
        ordered.sort(Comparator.comparing(TierPolicy::tier));
        Tier eligible = Tier.REGISTERED;
        Thresholds next = null;
        for (TierPolicy policy : ordered) {
            Thresholds thresholds = Thresholds.of(policy);
            if (gaps(thresholds, counts, arr, referrals).isEmpty()) {
                eligible = policy.tier();
            } else {
                next = thresholds;
                break;
            }
        }
        return new Result(eligible, said(eligible, counts, arr, referrals, next), next);
    }

    /**
     * What a stored assessment says, written again from the counts, metrics and next-tier thresholds it keeps; empty
     * for an assessment stored before it kept them (V135), which has only its English text.
     */
    static Optional<Words> said(AssessmentRow a) {
        return a.wordsKept() ? Optional.of(said(a.eligibleTier(), a.counts(), a.arr(), a.referrals(), a.next().orElse(null)))
                : Optional.empty();
    }

    /**
     * A stored assessment's explanation for a reader: written in their language from what it keeps, or its stored
     * English text when it keeps only that (stored before V135) or no reader is known (the API).
     */
    static String explanation(AssessmentRow a, @Nullable Locale reader, MessageSource messages) {
        if (reader == null) {
            return a.explanation();
        }
        return said(a).map(w -> w.in(messages, supported(reader))).orElse(a.explanation());
    }

    /** The interface language nearest the reader's: their language if the interface has it, else English. */
    static Locale supported(Locale reader) {
        return Language.of(reader.getLanguage()).orElse(Language.DEFAULT).locale();
    }

    /** What a stored assessment's next tier still needed, as data; empty when unknown (stored before V135). */
    static Optional<List<TierGap>> gaps(AssessmentRow a) {
        return a.wordsKept() ? Optional.of(a.next().map(n -> gaps(n, a.counts(), a.arr(), a.referrals())).orElse(List.of()))
                : Optional.empty();
    }

    private static Words said(Tier eligible, Counts counts, BigDecimal arr, int referrals, @Nullable Thresholds next) {
        // the optional parts are empty text when there is nothing to say
        Object levels = counts.architects() > 0 || counts.practitioners() > 0
                ? new Words("tier.explain.levels", counts.practitioners(), counts.architects()) : "";
        Object specializations = counts.specializations() > 0
                ? new Words("tier.explain.specializations", counts.specializations()) : "";
        Words said = new Words("tier.explain.eligible", eligible, new Words("tier.explain.certified", counts.certified()),
                levels, specializations, arr, referrals);
        return next == null ? said : said.followedBy(words(gaps(next, counts, arr, referrals)));
    }

    /** The sentences that say what a tier still needs; empty when the partner qualifies. */
    static List<Words> gapWords(TierPolicy policy, Counts counts, BigDecimal arr, int referrals) {
        return words(gaps(Thresholds.of(policy), counts, arr, referrals));
    }

    /** What a tier still needs, as data; empty when the partner qualifies. */
    static List<TierGap> gaps(Thresholds policy, Counts counts, BigDecimal arr, int referrals) {
        List<TierGap> gaps = new ArrayList<>();
        Tier tier = policy.tier();
        if (counts.certified() < policy.minCertified()) {
            gaps.add(new TierGap(tier, TierGap.Requirement.CERTIFIED, policy.minCertified(), counts.certified()));
        }
        if (counts.practitioners() < policy.minPractitioners()) {
            gaps.add(new TierGap(tier, TierGap.Requirement.PRACTITIONERS, policy.minPractitioners(),
                    counts.practitioners()));
        }
        if (counts.architects() < policy.minArchitects()) {
            gaps.add(new TierGap(tier, TierGap.Requirement.ARCHITECTS, policy.minArchitects(), counts.architects()));
        }
        if (counts.specializations() < policy.minSpecializations()) {
            gaps.add(new TierGap(tier, TierGap.Requirement.SPECIALIZATIONS, policy.minSpecializations(),
                    counts.specializations()));
        }
        if (arr.compareTo(policy.minArr()) < 0 && referrals < policy.minReferrals()) {
            gaps.add(new TierGap(tier, TierGap.Requirement.ARR, policy.minArr(), arr,
                    new TierGap(tier, TierGap.Requirement.REFERRALS, policy.minReferrals(), referrals)));
        }
        return gaps;
    }

    /** The sentence of each gap. */
    static List<Words> words(List<TierGap> gaps) {
        return gaps.stream().map(Eligibility::words).toList();
    }

    private static Words words(TierGap gap) {
        Tier tier = gap.tier();
        int needed = gap.needed().intValue();
        int have = gap.have().intValue();
        return switch (gap.requirement()) {
            case CERTIFIED -> new Words("tier.gap.certified", tier, new Words("tier.explain.certified", needed), have,
                    needed - have);
            case PRACTITIONERS -> new Words("tier.gap.practitioners", tier, needed, have, needed - have);
            case ARCHITECTS -> new Words("tier.gap.architects", tier, needed, have, needed - have);
            case SPECIALIZATIONS -> new Words("tier.gap.specializations", tier, needed, have, needed - have);
            case ARR, REFERRALS -> {
                TierGap referrals = Objects.requireNonNull(gap.alternative());
                yield new Words("tier.gap.revenue", tier, gap.needed(), referrals.needed().intValue(), gap.have(),
                        referrals.have().intValue());
            }
        };
    }

    static String name(Tier tier) {
        return tier.name().charAt(0) + tier.name().substring(1).toLowerCase(Locale.ROOT);
    }

    static String money(BigDecimal amount) {
        return money(amount, Locale.US);
    }

    /** An amount of US dollars, whole, as the reader's language writes it ("$30,000", "30.000 $"). */
    static String money(BigDecimal amount, Locale reader) {
        NumberFormat format = NumberFormat.getCurrencyInstance(reader);
        format.setCurrency(java.util.Currency.getInstance("USD"));
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }
}
