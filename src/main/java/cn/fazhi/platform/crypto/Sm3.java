package cn.fazhi.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** SM3 digests (GB/T 32905-2016) and HMAC-SM3, as lowercase hex. */
public final class Sm3 {

    private Sm3() {}

    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    public static String hmacHex(byte[] key, String text) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
