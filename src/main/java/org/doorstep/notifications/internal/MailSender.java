package org.doorstep.notifications.internal;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.doorstep.notifications.Channel;
import org.doorstep.notifications.Message;
import org.doorstep.notifications.Outbox;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail over SMTP (Spring Mail). The step's key is the Message-ID, so a mail server may recognise a resend. */
@Component
class MailSender implements Outbox.Sender {

    private final MailProperties settings;
    private final JavaMailSenderImpl mail;

    MailSender(MailProperties settings) {
        this.settings = settings;
        this.mail = new JavaMailSenderImpl();
        if (settings.configured()) {
            mail.setHost(settings.host());
            mail.setPort(settings.port());
            mail.setUsername(blankToNull(settings.username()));
            mail.setPassword(blankToNull(settings.password()));
            mail.setDefaultEncoding("UTF-8");
            Properties p = mail.getJavaMailProperties();
            p.put("mail.smtp.auth", String.valueOf(settings.username() != null && !settings.username().isBlank()));
            p.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
            p.put("mail.smtp.connectiontimeout", "10000");
            p.put("mail.smtp.timeout", "10000");
            p.put("mail.smtp.writetimeout", "10000");
        }
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public String send(Message m) throws Exception {
        try {
            MimeMessage mime = new MimeMessage(mail.getSession()) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + m.key().replaceAll("[^A-Za-z0-9.-]", ".") + "@" + domain() + ">");
                }
            };
            MimeMessageHelper h = new MimeMessageHelper(mime, false, "UTF-8");
            h.setFrom(settings.from() == null || settings.from().isBlank() ? "noreply@localhost" : settings.from());
            h.setTo(m.recipient());
            h.setSubject(m.subject());
            h.setText(m.text() + "\n\n本邮件由系统自动发送，请勿直接回复。");
            mail.send(mime);
            return null;
        } catch (MessagingException | MailException e) {
            throw new Exception(e.getMessage(), e);
        }
    }

    /** The sender's domain, which a Message-ID should carry. */
    private String domain() {
        String from = settings.from() == null ? "" : settings.from();
        int at = from.lastIndexOf('@');
        return at < 0 || at == from.length() - 1 ? "localhost" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
