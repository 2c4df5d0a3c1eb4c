package io.partneracademy.tiers;

import io.partneracademy.partners.Tier;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    /**
     * The tier a partner qualifies for and what its assessment says in words ({@link #said}, renderable in any
     * language); {@link #explanation} is the English text, as stored with the assessment.
     */
    record Result(Tier eligible, Words said) {

        String explanation() {
            return said.english();
        }
    }

    /**
     * What an assessment says, as message keys of the bundles and their arguments, so that it can be written in
     * each reader's language (tier names, numbers and money the reader's way). An argument that is itself a
     * {@code Words}, a {@link Tier} or a {@link BigDecimal} amount of US dollars is rendered first.
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
        TierPolicy next = null;
        for (TierPolicy policy : ordered) {
            if (gapWords(policy, counts, arr, referrals).isEmpty()) {
                eligible = policy.tier();
            } else {
                next = policy;
                break;
            }
        }
        // the optional parts are empty text when there is nothing to say
        Object levels = counts.architects() > 0 || counts.practitioners() > 0
                ? new Words("tier.explain.levels", String.valueOf(counts.practitioners()),
                        String.valueOf(counts.architects())) : "";
        Object specializations = counts.specializations() > 0
                ? new Words("tier.explain.specializations", counts.specializations()) : "";
        Words said = new Words("tier.explain.eligible", eligible, new Words("tier.explain.certified", counts.certified()),
                levels, specializations, arr, String.valueOf(referrals));
        return new Result(eligible, next == null ? said : said.followedBy(gapWords(next, counts, arr, referrals)));
    }

    /** The sentences that say what a tier still needs, in English; empty when the partner qualifies. */
    static List<String> gaps(TierPolicy policy, Counts counts, BigDecimal arr, int referrals) {
        return gapWords(policy, counts, arr, referrals).stream().map(Words::english).toList();
    }

    /** The sentences that say what a tier still needs; empty when the partner qualifies. */
    static List<Words> gapWords(TierPolicy policy, Counts counts, BigDecimal arr, int referrals) {
        List<Words> gaps = new ArrayList<>();
        Tier tier = policy.tier();
        if (counts.certified() < policy.minCertified()) {
            gaps.add(new Words("tier.gap.certified", tier, new Words("tier.explain.certified", policy.minCertified()),
                    String.valueOf(counts.certified()), policy.minCertified() - counts.certified()));
        }
        if (counts.practitioners() < policy.minPractitioners()) {
            gaps.add(new Words("tier.gap.practitioners", tier, String.valueOf(policy.minPractitioners()),
                    String.valueOf(counts.practitioners()),
                    String.valueOf(policy.minPractitioners() - counts.practitioners())));
        }
        if (counts.architects() < policy.minArchitects()) {
            gaps.add(new Words("tier.gap.architects", tier, String.valueOf(policy.minArchitects()),
                    String.valueOf(counts.architects()), String.valueOf(policy.minArchitects() - counts.architects())));
        }
        if (counts.specializations() < policy.minSpecializations()) {
            gaps.add(new Words("tier.gap.specializations", tier, policy.minSpecializations(),
                    String.valueOf(counts.specializations()), policy.minSpecializations() - counts.specializations()));
        }
        if (arr.compareTo(policy.minArr()) < 0 && referrals < policy.minReferrals()) {
            gaps.add(new Words("tier.gap.revenue", tier, policy.minArr(), String.valueOf(policy.minReferrals()), arr,
                    String.valueOf(referrals)));
        }
        return gaps;
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
