package kneadwise.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kneadwise.system.Mail;
import kneadwise.system.Mailer;

/** Keeps every mail instead of sending it, for tests to read. */
public final class RecordingMailer implements Mailer {

    private final List<Mail> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Mail mail) {
        sent.add(mail);
    }

    public List<Mail> sentTo(String address) {
        return sent.stream().filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    public void clear() {
        sent.clear();
    }
}
