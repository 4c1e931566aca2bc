package cn.fazhi.cases;

import org.springframework.stereotype.Service;

import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.identifiers.Masking;
import cn.fazhi.platform.identifiers.PhoneNumber;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The parties of a case, the one way every case type protects them: a person's resident ID number or an
 * organisation's USCC (check digit verified) and a phone number are kept only SM4-encrypted, with a keyed blind index
 * for look-ups, and shown masked. Each case type keeps its parties in its own table (a module owns its tables) in the
 * columns of {@link Sealed}; what is stored, how it is checked, indexed and masked is decided here alone.
 */
@Service
public class CaseParties {

    /** What is stored for one party's identifier and phone. Any part may be null when it was not given. */
    public record Sealed(String identifierEnc, String identifierIndex, String identifierMasked, String phoneEnc,
            String phoneIndex, String phoneMasked) {}

    /** One party as pages show it: names and masked numbers only. */
    public record Shown(long id, String role, String kind, String name, String identifier, String phone) {}

    private final PersonalDataCipher cipher;

    CaseParties(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * Checks and seals a party's identifier and phone: {@code person} true expects a resident ID number, false a USCC.
     * A number that fails its check is refused with a Chinese message naming the field.
     */
    public Sealed seal(boolean person, String identifier, String phone) {
        String id = normaliseIdentifier(person, identifier);
        String tel = normalisePhone(phone);
        return new Sealed(cipher.encrypt(id), cipher.blindIndex(id), id == null ? null : Masking.idNumber(id),
                cipher.encrypt(tel), cipher.blindIndex(tel), tel == null ? null : Masking.phone(tel));
    }

    /** The masked form of a stored (encrypted) identifier or phone. */
    public String maskedIdentifier(String encrypted) {
        String plain = cipher.decrypt(encrypted);
        return plain == null ? null : Masking.idNumber(plain);
    }

    public String maskedPhone(String encrypted) {
        String plain = cipher.decrypt(encrypted);
        return plain == null ? null : Masking.phone(plain);
    }

    private static String normaliseIdentifier(boolean person, String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return null;
        }
        String value = person ? ResidentIdNumber.normalise(identifier) : identifier.strip().toUpperCase();
        if (person ? !ResidentIdNumber.isValid(value) : !Uscc.isValid(value)) {
            throw UserFacingException.badRequest(person ? "cases.party.idNumberInvalid" : "cases.party.usccInvalid");
        }
        return value;
    }

    private static String normalisePhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String value = phone.strip();
        if (!PhoneNumber.isValid(value)) {
            throw UserFacingException.badRequest("cases.party.phoneInvalid");
        }
        return value;
    }
}
