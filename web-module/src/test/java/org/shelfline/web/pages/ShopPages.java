package org.shelfline.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The web shop's ordering pages (catalogue, cart, confirmation, order), as a shop owner uses them. */
public final class ShopPages {

    private final WebDriver driver;
    private final URL base;

    public ShopPages(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
    }

    public ShopPages searchCatalogue(String text) {
        FullPage.open(driver, base, "shop/catalog.xhtml", By.id("search:query"));
        WebElement query = driver.findElement(By.id("search:query"));
        query.clear();
        query.sendKeys(text);
        submit(By.id("search:find"));
        return this;
    }

    /** The catalogue row of a SKU (code, name, price, availability...) as text. */
    public String catalogueRow(String code) {
        return row(code).getText();
    }

    public ShopPages addToCart(String code, String cases) {
        WebElement input = row(code).findElement(By.cssSelector("input.cases-input"));
        input.clear();
        input.sendKeys(cases);
        // Added in place (ajax): the page stays, its messages are replaced.
        WebElement messages = driver.findElement(By.id("messages"));
        row(code).findElement(By.cssSelector("button")).click();
        FullPage.waitUntilReplaced(driver, messages);
        return this;
    }

    /** The natural width of the picture in a SKU's catalogue row once the browser has decoded it (0: none). */
    public static long loadedPictureWidth(WebDriver driver, String code) {
        try {
            return LoginPage.wait(driver).until(d -> {
                Object width = ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                                "var row = Array.from(document.querySelectorAll('tr.sku-row')).find(r => r.textContent.includes(arguments[0]));"
                                        + " var img = row && row.querySelector('img.sku-thumb');"
                                        + " return img && img.complete ? img.naturalWidth : 0;",
                                code);
                return width instanceof Number number && number.longValue() > 0 ? number.longValue() : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            return 0;
        }
    }

    /** The number of lines the header says the cart holds. */
    public int cartCount() {
        return Integer.parseInt(driver.findElement(By.id("cartCount")).getText().strip());
    }

    public ShopPages openCart() {
        driver.get(base + "shop/cart.xhtml");
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        return this;
    }

    public String cartTotal() {
        return driver.findElement(By.cssSelector(".cart-total")).getText();
    }

    /** Chooses the payment (enum name) and places the first brand's cart; lands on the confirmation. */
    public ShopPages placeOrder(String payment) {
        driver.findElement(By.cssSelector(".payment-choice input[value='" + payment + "']"))
                .click();
        submit(By.cssSelector("button.place-order"));
        return this;
    }

    /** Saves the first brand's cart as a list under a name. */
    public ShopPages saveCartAsList(String name) {
        WebElement input = driver.findElement(By.cssSelector("input[id$='listName']"));
        input.clear();
        input.sendKeys(name);
        submit(driver.findElement(By.cssSelector("button[id$='saveList']")));
        return this;
    }

    /** Opens the saved lists and puts the named one in the cart; lands on the cart. */
    public ShopPages putListInCart(String name) {
        FullPage.open(driver, base, "shop/lists.xhtml", By.id("lists:savedLists"));
        WebElement row = driver.findElements(By.cssSelector("#lists\\:savedLists tbody tr")).stream()
                .filter(candidate -> candidate.getText().contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No saved list " + name + " in: " + pageText()));
        submit(row.findElement(By.cssSelector("button[id$='toCart']")));
        return this;
    }

    public ShopPages openOrder(String reference) {
        driver.get(base + "shop/orders.xhtml");
        // Right after signing in, the browser may still be finishing the sign-in redirect: wait for the list.
        submit(LoginPage.wait(driver).until(ExpectedConditions.elementToBeClickable(By.linkText(reference))));
        return this;
    }

    /** Pastes "code cases" lines into the cart page's quick order and adds them. */
    public ShopPages quickOrder(String lines) {
        openCart();
        WebElement input = driver.findElement(By.id("quick:quickLines"));
        input.clear();
        input.sendKeys(lines);
        submit(By.id("quick:quickAdd"));
        return this;
    }

    /** Cancels the open order, confirming the browser's "are you sure" dialog. */
    public ShopPages cancelOrder() {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("order:cancel")).click();
        LoginPage.wait(driver).until(ExpectedConditions.alertIsPresent()).accept();
        FullPage.waitUntilReplaced(driver, page);
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        return this;
    }

    public String orderStatus() {
        return driver.findElement(By.id("orderStatus")).getText();
    }

    public List<String> historyStatuses() {
        return driver.findElements(By.cssSelector(".history-status")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String messages() {
        return FullPage.messages(driver);
    }

    public String pageText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private WebElement row(String code) {
        return driver.findElements(By.cssSelector("tr.sku-row")).stream()
                .filter(row -> row.getText().toLowerCase().contains(code.toLowerCase()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No catalogue row for " + code + " in: " + pageText()));
    }

    private void submit(By target) {
        submit(driver.findElement(target));
    }

    private void submit(WebElement button) {
        FullPage.submit(driver, button);
    }
}
