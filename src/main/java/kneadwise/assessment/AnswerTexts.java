package kneadwise.assessment;

/**
 * The plain-language sentences of the answer (CLINICAL.md sections 2, 5 and 6), kept at reading grade 9 or below
 * (measured in a test). Nothing here may repeat a claim of CLINICAL.md section 7; the test runs the claim check on
 * every text.
 */
final class AnswerTexts {

    private AnswerTexts() {}

    static final String SAFETY_EMERGENCY = "Get emergency care today. Go to an emergency department or call your"
            + " emergency number. Some of your answers are signs that need a doctor now. Do not book a massage.";
    static final String SAFETY_SEE_CLINICIAN = "See a doctor before you have a massage. Some of your answers can"
            + " have a serious cause, or mean that massage may not be safe for you. Show the doctor this summary."
            + " Book massage only once a doctor says it is safe.";
    static final String SAFETY_PRECAUTIONS = "Massage is a reasonable choice for you, with care. Tell your therapist"
            + " about the points below, so they can adapt the pressure, the area and your position.";
    static final String SAFETY_SUITABLE =
            "We found no warning signs and no reason for special care. Massage is a reasonable choice for you.";

    static final String PHASE_ACUTE = "Your back pain is new: less than 4 weeks. Most people get better within"
            + " weeks, whatever they do. Stay as active as you can. Heat and massage are reasonable short-term"
            + " options, on low-quality evidence.";
    static final String PHASE_SUBACUTE = "Your back pain has lasted 4 to 12 weeks. Compared with no treatment,"
            + " massage can ease pain and help daily activities for a short time. The evidence is low quality."
            + " Stay as active as you can.";
    static final String PHASE_CHRONIC = "Your back pain has lasted more than 12 weeks. Massage may help for a"
            + " while, but on its own it is not a first choice. Use it together with exercise. Its benefits fade"
            + " without continued care.";

    static final String RISK_LOW = "Your STarT Back answers show a low risk of long-term problems. Reassurance and"
            + " self-care usually work well. Massage is an optional comfort for a short time.";
    static final String RISK_MEDIUM =
            "Your STarT Back answers show a medium risk of long-term problems. Physical therapy"
                    + " based on exercise should come first. Massage can be an extra.";
    static final String RISK_HIGH = "Your STarT Back answers show a high risk of long-term problems. Massage alone"
            + " is not enough. The main treatment is physical therapy that also deals with fear, worry and low mood. Massage"
            + " can be an extra at most.";

    static final String BENEFIT_NEW_PAIN = "Only one small trial has tested massage for new back pain. It found"
            + " less pain in the short term, but no clear gain in daily activities. Most new back pain gets better"
            + " within weeks anyway.";
    static final String BENEFIT_LASTING_PAIN = "Compared with no treatment, massage eased pain by about 1.5 points"
            + " on a 0 to 10 scale, for a short time. Compared with other treatments, it eased pain by about 1"
            + " point more. Both figures are rough. No benefit was found in the long term.";

    static final String CERTAINTY = "How sure is this? Most of the evidence is low or very low quality. These"
            + " figures may change as new studies come out.";

    static final String SIDE_EFFECTS = "Side effects: after massage, pain can get worse for a short time. In trials"
            + " this happened to 1.5 to 25 of every 100 people. No serious harm was reported.";

    static final String COURSE = "Plan a trial of 6 weekly sessions of about 60 minutes. After session 3, check"
            + " your pain. If it is worse by 2 points or more on the 0 to 10 scale, stop and see a doctor. If there is"
            + " no clear change yet, keep going. After the last session, check again. If neither your pain nor your"
            + " daily activities improved by an amount that matters, massage is unlikely to help you.";

    static final String TECHNIQUES = "Common types are Swedish (relaxing) massage, deep tissue work, myofascial"
            + " release, trigger point therapy and Rolfing. No type has been shown to work best for back pain."
            + " Choose the one you like.";
    static final String TECHNIQUES_NOT_FORCEFUL =
            " Because of your answers, avoid deep tissue work, Rolfing and" + " other forceful types.";
    static final String TECHNIQUES_PREGNANCY = " Choose a therapist trained in pregnancy massage.";
    static final String TECHNIQUES_TRAUMA_INFORMED = " Choose a therapist trained in trauma-informed care.";

    static final String PRESSURE_ANY = "Use any pressure you find comfortable. Tell the therapist at once if it hurts.";
    static final String PRESSURE_LIGHT = "Light pressure only. Tell the therapist at once if it hurts.";
    static final String PRESSURE_GENTLE = "Ask for a gentle session. Tell the therapist at once if it hurts.";
    static final String PRESSURE_SIDE_LYING = " Lie on your side, not on your front.";
    static final String PRESSURE_AVOID_SKIN = " The therapist must avoid the area with the skin problem.";
    static final String PRESSURE_AVOID_SURGERY = " The therapist must keep away from the surgery site.";

    static final String COST = "In the US a session costs about $60 to $69, with tip (a 2012 survey). A course of"
            + " 6 sessions costs about $360 to $420 if you pay yourself. Check whether your insurance pays for it.";

    static final String AGE_NOTE = "You are 50 or over and this back pain is new. If a doctor has not examined"
            + " your back yet, it is wise to have it checked.";

    /** What to combine massage with, each as a sentence (listed in the recommendation, joined in the answer). */
    enum CombineWith {
        STAYING_ACTIVE("Stay as active as you can."),
        EXERCISE("Do some exercise, such as walking."),
        EXERCISE_THERAPY("Make exercise the main part of your care."),
        HEAT("Try heat, such as a heat wrap."),
        SELF_CARE("Look after your back yourself: most back pain settles."),
        EXERCISE_PHYSIO("See a physical therapist for an exercise plan first."),
        PSYCHOLOGICALLY_INFORMED_PHYSIO("See a physical therapist who also helps with fear, worry and low mood.");

        final String sentence;

        CombineWith(String sentence) {
            this.sentence = sentence;
        }
    }

    static final String COMBINE_PREFIX = "Use massage as one part of your care.";
}
