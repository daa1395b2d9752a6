package org.redflag.features.contacts;

import org.redflag.nlp.Span;

/**
 * A way to reach the advertiser that an ad gives: a phone number, a messenger, an e-mail address,
 * a web address, or a data set's masked stand-in for one.
 *
 * @param channel how the advertiser is reached
 * @param value the normalised contact: E.164 for phone numbers ({@code +923001234567}), the
 *              lower-cased address for e-mail, {@code telegram:@name} for handles, the URL's host and
 *              path for web addresses, the token itself for masked contacts. Two ads that give the
 *              same value share a contact.
 * @param evidence where the ad gives it
 */
public record Contact(Channel channel, String value, Span evidence) {

    /** How an advertiser is reached. */
    public enum Channel {
        /** a phone number given for calls or texts */
        PHONE,
        /** a phone number or link for WhatsApp, Viber, Signal, IMO or Line */
        MESSENGER,
        /** a Telegram, WeChat or other messenger handle, or a t.me link */
        HANDLE,
        /** an e-mail address at a free-mail provider (gmail.com, yahoo.com...) */
        FREE_EMAIL,
        /** an e-mail address at any other domain */
        EMAIL,
        /** a web address */
        URL,
        /** a contact masked by the data set (EMSCAD's {@code #PHONE_…#}, {@code #EMAIL_…#}, {@code #URL_…#}) */
        MASKED;

        /** @return true for the channels that take contact off the board: messengers, handles, free mail */
        public boolean isOffPlatform() {
            return this == MESSENGER || this == HANDLE || this == FREE_EMAIL;
        }
    }
}
