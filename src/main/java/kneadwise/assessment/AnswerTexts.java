package kneadwise.assessment;

/**
 * The plain-language sentences of the answer (CLINICAL.md sections 2, 2a, 5 and 6, version 2), kept at reading grade 9
 * or below and free of the phrases section 5 forbids (both measured in a test). Nothing here may repeat a claim of
 * section 7; the test runs the claim check on every text.
 */
final class AnswerTexts {

    private AnswerTexts() {}

    /** Section 2a, word for word: in every answer that is not an emergency, log page and reminder mail. */
    static final String SAFETY_NET = "Go to an emergency department now (911) if you get numbness around your genitals"
            + " or bottom, cannot control or pass urine, or your legs get weaker. See a doctor today if you get a fever"
            + " or feel very unwell.";

    static final String SAFETY_EMERGENCY = "Call 911 or go to an emergency department now. Some of your answers can"
            + " mean the nerves at the base of the spine are squeezed. This needs treatment fast. Do not book a"
            + " massage.";
    static final String SAFETY_TODAY = "See a doctor or urgent care today, whether or not you want massage. Some of"
            + " your answers can be signs of a serious problem, such as an infection, a clot or a broken bone. Show"
            + " the doctor this summary. Book massage only once a doctor says it is safe.";
    static final String SAFETY_WITHIN_A_WEEK = "See a doctor in the next few days. Some of your answers can have a"
            + " serious cause, such as cancer or a broken bone, that a doctor should check. Go the same day if you get"
            + " worse. Show the doctor this summary. Book massage only once a doctor says it is safe.";
    static final String SAFETY_BEFORE_MASSAGE = "Ask your doctor before you book a massage. Some of your answers mean"
            + " massage may not be safe for you yet. Show the doctor this summary. Book massage only once a doctor"
            + " says it is safe.";
    static final String SAFETY_PRECAUTIONS = "Massage is a reasonable choice for you, with care. Tell your therapist"
            + " about the points below, so they can adapt the pressure, the area and your position.";
    static final String SAFETY_SUITABLE =
            "We found no warning signs and no reason for special care. Massage is a reasonable choice for you.";
    /** Section 2a: with the age-50 note, the headline must not say "no warning signs". */
    static final String SAFETY_SUITABLE_CHECK_ADVISED = "We found no urgent warning sign. You are 50 or over and this"
            + " back pain is new, so a doctor's check is wise if no one has examined your back yet. Massage is a"
            + " reasonable choice for you.";

    static final String PHASE_ACUTE = "Your back pain is new: less than 4 weeks. Most people get better within"
            + " weeks, whatever they do. Stay as active as you can. Heat is a reasonable short-term option"
            + " (moderate-quality evidence), and so is massage (low-quality evidence).";
    static final String PHASE_SUBACUTE = "Your back pain has lasted 4 to 12 weeks. Compared with no treatment,"
            + " massage can ease pain and help daily activities for a short time. The evidence is low quality. Heat"
            + " can also ease pain for a short time (moderate-quality evidence). Stay as active as you can.";
    static final String PHASE_CHRONIC = "Your back pain has lasted more than 12 weeks. Massage may help for a"
            + " while, but on its own it is not a first choice. Use it together with exercise. In trials the gains"
            + " were mostly short-term. No trial has tested regular massage kept up over a long time.";

    /** Explains the tool once, in the only text that names it. */
    private static final String START_BACK =
            "Your answers to the STarT Back questions (a short tool doctors use to" + " plan back care) suggest ";

    static final String RISK_LOW = START_BACK + "simple care should be enough. Keeping active and looking after your"
            + " back day to day usually work well. Massage is an optional comfort for a short time.";
    static final String RISK_MEDIUM = START_BACK + "some extra help would be useful. Physical therapy based on"
            + " exercise should come first. Massage can be an extra.";
    static final String RISK_HIGH = START_BACK + "you may benefit from extra support. Massage alone is not enough."
            + " The main help is physical therapy that also deals with fear, worry and low mood. Massage can be an"
            + " extra at most.";

    static final String BENEFIT_NEW_PAIN = "Only one small trial has tested massage for new back pain. It found"
            + " less pain in the short term, but no clear gain in daily activities. Most new back pain gets better"
            + " within weeks anyway.";
    static final String BENEFIT_LASTING_PAIN = "Compared with no treatment, massage eased pain by about 1.5 points on a"
            + " 0 to 10 scale, for a short time. Against no treatment, no benefit was shown in the long term. Compared"
            + " with other treatments, massage eased pain by about 1 point more, but we are very unsure of this"
            + " figure. We worked out both figures in points from the review, so they are approximate.";

    static final String CERTAINTY = "How sure is this? Most of the evidence is low or very low quality. These"
            + " figures may change as new studies come out.";

    static final String SIDE_EFFECTS = "Side effects: after massage, pain can get worse for a short time. In trials"
            + " this happened to between 2 and 25 in every 100 people. No serious harm was reported.";

    static final String COURSE = "Plan a trial of 6 weekly sessions of about 60 minutes. After session 3, check your"
            + " pain and your daily activities. If either is worse by an amount that matters, stop and see a doctor."
            + " For pain, that is 2 points or more on the 0 to 10 scale. If there is no clear change yet, keep going."
            + " After the last session, check again. If neither has improved by an amount that matters, massage is"
            + " unlikely to help you.";
    /** Section 4: with a baseline pain of 0, pain cannot show improvement. */
    static final String COURSE_PAIN_ZERO = " Your pain is 0 today, so it cannot show improvement. The course will be"
            + " judged on your daily activities: score them at sessions 1, 3 and the last.";

    static final String TECHNIQUES = "Common types are Swedish massage (gentle and relaxing), deep tissue massage"
            + " (firm pressure on deep muscles) and trigger point therapy (pressure on tight spots). Others are"
            + " myofascial release (slow stretching of the layer around muscles) and Rolfing (deep work meant to"
            + " change posture). No type has been shown to work best for back pain. Choose the one you like.";
    static final String TECHNIQUES_NOT_FORCEFUL =
            " Because of your answers, avoid deep tissue massage, Rolfing and other forceful types.";
    static final String TECHNIQUES_PREGNANCY = " Choose a therapist trained in pregnancy massage.";
    static final String TECHNIQUES_TRAUMA_INFORMED = " Choose a therapist trained in trauma-informed care.";

    static final String PRESSURE_ANY = "Use any pressure you find comfortable. Tell the therapist at once if it hurts.";
    static final String PRESSURE_LIGHT = "Light pressure only. Tell the therapist at once if it hurts.";
    static final String PRESSURE_GENTLE = "Ask for a gentle session. Tell the therapist at once if it hurts.";
    static final String PRESSURE_SIDE_LYING = " Lie on your side, and not flat on your back later in pregnancy.";
    static final String PRESSURE_AVOID_SKIN = " The therapist must avoid the area with the skin problem.";
    static final String PRESSURE_AVOID_SURGERY = " The therapist must keep away from the area of the operation.";
    static final String PRESSURE_AVOID_BREAK = " The therapist must keep away from the broken bone.";
    static final String PRESSURE_AVOID_CLOT_LEG = " No massage of the leg with the clot.";
    static final String PRESSURE_DOCTOR_ADVICE = " Follow what your doctor advised, and tell your therapist.";

    static final String COST = "In the US a session costs about $60 to $69, with tip (a 2012 survey). A course of"
            + " 6 sessions costs about $360 to $420 if you pay yourself. Check whether your insurance pays for it.";

    static final String AGE_NOTE = "You are 50 or over and this back pain is new. If a doctor has not examined"
            + " your back yet, it is wise to have it checked.";

    static final String OPTIONS_FIT = "The options marked \"fits you\" suit everything you said matters to you.";
    static final String OPTIONS_FIT_MOST =
            "No option suits everything you chose. The options marked \"fits you\" suit the most of it.";
    static final String OPTIONS_FIT_NONE = "None of the options fits what you chose. Talk it over with a doctor.";

    /** What to combine massage with, each as a sentence (listed in the recommendation, joined in the answer). */
    enum CombineWith {
        STAYING_ACTIVE("Stay as active as you can."),
        EXERCISE("Do some exercise, such as walking."),
        EXERCISE_THERAPY("Make exercise the main part of your care."),
        HEAT("Try heat, such as a heat wrap."),
        /** Section 5: "most back pain settles" belongs to ACUTE only. */
        SELF_CARE_NEW_PAIN("Look after your back yourself: most back pain settles."),
        SELF_CARE("Look after your back day to day, for example by pacing what you do."),
        EXERCISE_PHYSIO("See a physical therapist for an exercise plan first."),
        PSYCHOLOGICALLY_INFORMED_PHYSIO("See a physical therapist who also helps with fear, worry and low mood.");

        final String sentence;

        CombineWith(String sentence) {
            this.sentence = sentence;
        }
    }

    static final String COMBINE_PREFIX = "Use massage as one part of your care.";
}
