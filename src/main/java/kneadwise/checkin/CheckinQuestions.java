package kneadwise.checkin;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kneadwise.assessment.Bothersomeness;
import kneadwise.assessment.Finding;
import kneadwise.assessment.SafetyTriage;

/**
 * The check-in's questions in everyday words, written here; the codes stay inside. The questionnaires (STarT Back,
 * Roland-Morris, Oswestry) are put in our own plain words, item by item, so that each answer still scores as the
 * instrument's item does (CLINICAL.md section 3).
 */
final class CheckinQuestions {

    /** A finding as a person would recognise it. */
    record Sign(Finding finding, String text) {}

    /** One Oswestry section: its topic and its six answers, scored 0 to 5 in order. */
    record OswestrySection(int number, String topic, List<String> answers) {}

    /** Step 5: signs of an emergency or of a possible serious cause (CLINICAL.md section 2, first two groups). */
    static final List<Sign> WARNING_SIGNS = List.of(
            new Sign(Finding.SADDLE_NUMBNESS, "Numbness or tingling around your genitals, bottom or inner thighs"),
            new Sign(
                    Finding.BLADDER_OR_BOWEL_CHANGE,
                    "New trouble passing urine, or new leaking of urine or poo that you cannot hold"),
            new Sign(
                    Finding.PROGRESSIVE_LEG_WEAKNESS,
                    "Weakness or numbness in a leg that is getting worse, or in both legs"),
            new Sign(Finding.HISTORY_OF_CANCER, "You have had cancer"),
            new Sign(Finding.UNEXPLAINED_WEIGHT_LOSS, "You have lost weight without trying"),
            new Sign(Finding.FEVER_OR_CHILLS, "A fever, or feeling hot and shivery"),
            new Sign(Finding.IV_DRUG_USE, "You inject drugs that a doctor did not prescribe"),
            new Sign(
                    Finding.IMMUNOSUPPRESSION,
                    "A weak immune system, for example from cancer treatment, transplant drugs or HIV"),
            new Sign(Finding.RECENT_BACTERIAL_INFECTION, "An infection treated with antibiotics in the last few weeks"),
            new Sign(
                    Finding.MAJOR_TRAUMA,
                    "The pain started after a big accident, such as a fall from a height or a car crash"),
            new Sign(Finding.MINOR_TRAUMA, "The pain started after a small fall, a slip or lifting something"),
            new Sign(
                    Finding.CONSTANT_NIGHT_PAIN,
                    "Pain that does not ease when you rest or change position, and is worst at night"));

    /** Step 6: reasons massage may be unsafe now, and precautions (CLINICAL.md section 2, last two groups). */
    static final List<Sign> NEEDS_CARE = List.of(
            new Sign(Finding.DEEP_VEIN_THROMBOSIS, "A blood clot in a leg now, or a doctor thinks you may have one"),
            new Sign(
                    Finding.BLEEDING_DISORDER_OR_ANTICOAGULANTS,
                    "You bleed or bruise easily, or you take medicine to thin your blood"),
            new Sign(Finding.RECENT_FRACTURE, "A broken bone that has not yet healed"),
            new Sign(Finding.ACUTE_INJURY, "The pain started with an injury in the last few days"),
            new Sign(
                    Finding.SEVERE_DISC_PROBLEM,
                    "A disc problem with nerve pain, numbness or pins and needles that a doctor has not checked yet"),
            new Sign(Finding.OSTEOPOROSIS, "Thin or weak bones (osteoporosis)"),
            new Sign(Finding.LONG_TERM_STEROIDS, "You have taken steroid tablets for 3 months or more"),
            new Sign(Finding.PREGNANCY, "You are pregnant"),
            new Sign(Finding.SKIN_PROBLEM_ON_BACK, "A wound, rash, burn or skin infection on your back"),
            new Sign(Finding.HEART_CONDITION, "A heart condition"),
            new Sign(Finding.FRAGILE_SKIN, "Thin skin that tears or bruises easily"),
            new Sign(Finding.RECENT_SURGERY, "An operation in the last 3 months"),
            new Sign(Finding.HISTORY_OF_ABUSE_OR_TRAUMA, "Past abuse or trauma that makes being touched hard"));

    /** STarT Back items 1-8 (Hill et al. 2008) about the last 2 weeks; agreeing scores one point each. */
    static final List<String> START_BACK_ITEMS = List.of(
            "At some time my back pain has spread down one or both legs.",
            "At some time I have had pain in my shoulder or neck.",
            "Because of my back pain I have only walked short distances.",
            "Because of my back pain I have been slower than usual to get dressed.",
            "With a back like mine, it is not really safe for me to be active.",
            "Worrying thoughts have been going through my mind a lot.",
            "My back pain is terrible and I feel it will never get better.",
            "Overall, I have not enjoyed the things I usually enjoy.");

    /** STarT Back item 9. */
    static final Map<Bothersomeness, String> BOTHERSOMENESS = bothersomeness();

    /** Roland-Morris (RMDQ-24; Roland and Morris 1983): 24 statements about today, each "yes" scores one. */
    static final List<String> ROLAND_MORRIS = List.of(
            "Because of my back, I stay at home most of the time.",
            "I keep changing position to ease my back.",
            "Because of my back, I walk more slowly than usual.",
            "Because of my back, I am not doing any of my usual jobs around the home.",
            "Because of my back, I hold the handrail to go upstairs.",
            "Because of my back, I lie down to rest more often.",
            "Because of my back, I hold on to something to get out of a soft chair.",
            "Because of my back, I ask other people to do things for me.",
            "Because of my back, I get dressed more slowly than usual.",
            "Because of my back, I only stand for short times.",
            "Because of my back, I try not to bend or kneel.",
            "Because of my back, getting up from a chair is hard.",
            "My back hurts almost all the time.",
            "Because of my back, turning over in bed is hard.",
            "Because of my back pain, I do not feel much like eating.",
            "Because of my back pain, putting on socks or tights is hard.",
            "Because of my back, I only walk short distances.",
            "Because of my back, I sleep less well.",
            "Because of my back pain, someone helps me get dressed.",
            "Because of my back, I sit down for most of the day.",
            "Because of my back, I avoid heavy jobs around the home.",
            "Because of my back pain, I am more cross and short-tempered with people than usual.",
            "Because of my back, I go upstairs more slowly than usual.",
            "Because of my back, I stay in bed most of the time.");

    /** Oswestry (ODI; Fairbank and Pynsent 2000): ten sections, the answers in order from 0 to 5 points. */
    static final List<OswestrySection> OSWESTRY = List.of(
            new OswestrySection(
                    1,
                    "Pain right now",
                    List.of(
                            "I have no pain right now.",
                            "The pain is very mild.",
                            "The pain is moderate.",
                            "The pain is fairly bad.",
                            "The pain is very bad.",
                            "The pain is the worst I can imagine.")),
            new OswestrySection(
                    2,
                    "Washing and dressing",
                    List.of(
                            "I look after myself as usual and it does not hurt more.",
                            "I look after myself as usual, but it hurts more.",
                            "Looking after myself hurts, and I am slow and careful.",
                            "I need some help, but I manage most of it myself.",
                            "I need help every day with most of it.",
                            "I cannot get dressed, I wash with difficulty and I stay in bed.")),
            new OswestrySection(
                    3,
                    "Lifting",
                    List.of(
                            "I can lift heavy things and it does not hurt more.",
                            "I can lift heavy things, but it hurts more.",
                            "Pain stops me lifting heavy things off the floor, but I can if they are at table height.",
                            "Pain stops me lifting heavy things, but I can lift light or medium things at table height.",
                            "I can only lift very light things.",
                            "I cannot lift or carry anything.")),
            new OswestrySection(
                    4,
                    "Walking",
                    List.of(
                            "Pain does not stop me walking any distance.",
                            "Pain stops me walking more than about 1.5 km (1 mile).",
                            "Pain stops me walking more than about 800 m (half a mile).",
                            "Pain stops me walking more than about 100 m (100 yards).",
                            "I can only walk with a stick or crutches.",
                            "I am in bed most of the time.")),
            new OswestrySection(
                    5,
                    "Sitting",
                    List.of(
                            "I can sit in any chair for as long as I like.",
                            "I can sit in my favourite chair for as long as I like.",
                            "Pain stops me sitting for more than 1 hour.",
                            "Pain stops me sitting for more than 30 minutes.",
                            "Pain stops me sitting for more than 10 minutes.",
                            "Pain stops me sitting at all.")),
            new OswestrySection(
                    6,
                    "Standing",
                    List.of(
                            "I can stand for as long as I like and it does not hurt more.",
                            "I can stand for as long as I like, but it hurts more.",
                            "Pain stops me standing for more than 1 hour.",
                            "Pain stops me standing for more than 30 minutes.",
                            "Pain stops me standing for more than 10 minutes.",
                            "Pain stops me standing at all.")),
            new OswestrySection(
                    7,
                    "Sleeping",
                    List.of(
                            "Pain never wakes me.",
                            "Pain wakes me now and then.",
                            "Because of pain I sleep less than 6 hours.",
                            "Because of pain I sleep less than 4 hours.",
                            "Because of pain I sleep less than 2 hours.",
                            "Pain stops me sleeping at all.")),
            new OswestrySection(
                    8,
                    "Sex life (leave this out if it does not apply)",
                    List.of(
                            "My sex life is as usual and it does not hurt more.",
                            "My sex life is as usual, but it hurts more.",
                            "My sex life is nearly as usual, but it is very painful.",
                            "Pain limits my sex life a lot.",
                            "Because of pain I have nearly no sex life.",
                            "Pain stops any sex life.")),
            new OswestrySection(
                    9,
                    "Social life",
                    List.of(
                            "My social life is as usual and it does not hurt more.",
                            "My social life is as usual, but it hurts more.",
                            "Pain only stops the more active things, such as sport.",
                            "Pain has cut down my social life and I go out less.",
                            "Pain keeps my social life to my home.",
                            "Because of pain I have no social life.")),
            new OswestrySection(
                    10,
                    "Travelling",
                    List.of(
                            "I can travel anywhere and it does not hurt more.",
                            "I can travel anywhere, but it hurts more.",
                            "Pain is bad, but I manage journeys of over 2 hours.",
                            "Pain keeps me to journeys of less than 1 hour.",
                            "Pain keeps me to short, needed journeys of under 30 minutes.",
                            "Pain stops me travelling, except to get treatment.")));

    private CheckinQuestions() {}

    /** A reason a doctor may clear (CLINICAL.md 2b), in the words of what the person ticked. */
    record Clearable(String code, String text) {}

    static Clearable clearable(String code) {
        if (code.equals(SafetyTriage.POSSIBLE_FRAGILITY_FRACTURE)) {
            return new Clearable(
                    code, "A small fall, slip or strain, with weak bones, steroid tablets or age 70 or over");
        }
        return new Clearable(code, words(Finding.valueOf(code)));
    }

    /** A finding in the words the person ticked. */
    static String words(Finding finding) {
        return java.util.stream.Stream.concat(WARNING_SIGNS.stream(), NEEDS_CARE.stream())
                .filter(sign -> sign.finding() == finding)
                .map(Sign::text)
                .findFirst()
                .orElse(finding.name());
    }

    private static Map<Bothersomeness, String> bothersomeness() {
        Map<Bothersomeness, String> words = new EnumMap<>(Bothersomeness.class);
        words.put(Bothersomeness.NOT_AT_ALL, "Not at all");
        words.put(Bothersomeness.SLIGHTLY, "Slightly");
        words.put(Bothersomeness.MODERATELY, "Moderately");
        words.put(Bothersomeness.VERY_MUCH, "Very much");
        words.put(Bothersomeness.EXTREMELY, "Extremely");
        return Collections.unmodifiableMap(words); // keeps the scale's order
    }
}
