package cn.fazhi.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** A real headless Debian Chromium driven by Playwright; screenshots go to target/screenshots. */
public final class BrowserSession implements AutoCloseable {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    public BrowserSession() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("fazhi.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public Page newPage() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900)).newPage();
    }

    /** A page the size of a common phone (390 × 844 CSS pixels, touch, device scale 3). */
    public Page newPhonePage() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844)
                .setDeviceScaleFactor(3).setIsMobile(true).setHasTouch(true)).newPage();
    }

    /** A new desktop page signed in as {@code username} on the application at {@code baseUrl}. */
    public Page signedIn(String baseUrl, String username, String password) {
        Page page = newPage();
        page.navigate(baseUrl + "/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.locator("main button[type=submit]").click();
        return page;
    }

    /**
     * How many CSS pixels the page is wider than its viewport (0 when nothing overflows sideways). A page that a phone
     * user has to scroll sideways to read is broken; tables inside a scrolling {@code .table-wrap} do not count.
     */
    public static int horizontalOverflow(Page page) {
        Object px = page.evaluate("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
                + " - document.documentElement.clientWidth");
        return ((Number) px).intValue();
    }

    /**
     * A pattern matching exactly this text (trimmed) for {@code setHasText}; Playwright hands it to JavaScript, which
     * does not know Java's {@code \Q…\E} quoting, so special characters are escaped one by one.
     */
    public static java.util.regex.Pattern exactly(String text) {
        return java.util.regex.Pattern.compile("^\\s*" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*$");
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
