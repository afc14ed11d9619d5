package kneadwise.accounts;

import kneadwise.system.Mail;
import kneadwise.system.Mailer;
import org.springframework.stereotype.Component;

/**
 * The mail that carries an invitation to see someone's record. Its subject holds no text a user typed, and the
 * inviter's name appears in the body only quoted, marked as a name Kneadwise has not checked (issue 16, item 4): an
 * invitation must not be a way to send anyone a message of one's choosing.
 */
@Component
class InvitationMails {

    static final String SUBJECT = "A Kneadwise record was shared with you";

    private final Mailer mailer;
    private final Links links;

    InvitationMails(Mailer mailer, Links links) {
        this.mailer = mailer;
        this.links = links;
    }

    void send(Account inviter, AccessGrants.Grant grant, String token) {
        String role = grant.kind() == AccessGrants.Kind.THERAPIST ? "their massage therapist" : "a clinician";
        mailer.send(new Mail(
                grant.granteeEmail(),
                SUBJECT,
                "A person with a Kneadwise account invited you, as " + role + ", to see their back pain record:"
                        + " their answers, scores and progress. The name on their account (Kneadwise has not checked"
                        + " it) is:\n\n    \"" + inviter.name() + "\"\n\n"
                        + "To accept, open this link within 14 days, log in (or create an account and confirm its"
                        + " email address), and choose Accept:\n\n" + links.to("/invitations/" + token)
                        + "\n\nNothing is shared until you accept, and the person can take it back at any time. If you"
                        + " do not know them, ignore this mail.\n"));
    }
}
