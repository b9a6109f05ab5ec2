import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./auth-helpers";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";

// Helmond's civil servant keeps the initiatives: create (with a validation error first), edit, filter,
// archive; the form with the keyboard alone; the duplicate-title warning; two sessions editing the same initiative.
const LIST = "/gemeenten/GM0794/initiatieven";
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function createInitiative(page: Page, title: string): Promise<string> {
  await page.goto(`${LIST}/nieuw`);
  await page.getByRole("textbox", { name: /^Titel/ }).fill(title);
  await page.getByLabel("Status").filter({ visible: true }).selectOption({ label: "Loopt" });
  await page.getByRole("group", { name: "Sporen" }).getByLabel("Participatie").check();
  await page.getByRole("button", { name: "Initiatief opslaan" }).click();
  await page.waitForURL(/\/initiatieven\/[0-9a-f-]{36}\?opgeslagen=1$/);
  return page.url().split("?")[0]!;
}

test.describe("initiatives", () => {
  // Journeys with axe checks on several pages; generous, as the machine may be busy with other builds.
  test.describe.configure({ timeout: 90_000 });

  test("create with a validation error first, edit, filter and archive", async ({ page }) => {
    await signIn(page, "helmond@gezondin.example");
    await page.goto(LIST);
    await expect(page.getByRole("heading", { level: 1, name: "Initiatieven" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "initiatives-list");

    await page.getByRole("link", { name: "Nieuw initiatief" }).first().click();
    const title = `Wandelroute Brandevoort ${stamp()}`;
    await page.getByLabel("Startdatum").filter({ visible: true }).fill("2026-09-01");
    await page.getByLabel("Einddatum").filter({ visible: true }).fill("2026-03-01");
    await page.getByRole("button", { name: "Initiatief opslaan" }).click();
    // Dutch messages next to the fields, and a summary announced to screen readers.
    await expect(page.getByRole("main").getByRole("alert")).toContainText("niet alle gegevens zijn goed ingevuld");
    await expect(page.getByText("Vul dit veld in.").first()).toBeVisible();
    await expect(page.getByText("De einddatum ligt vóór de startdatum.").filter({ visible: true })).toBeVisible();
    await expect(page.getByText("Kies ten minste één spoor waarop het initiatief werkt.").filter({ visible: true })).toBeVisible();
    await expect(page.getByRole("textbox", { name: /^Titel/ })).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "initiatives-new-errors");

    await page.getByRole("textbox", { name: /^Titel/ }).fill(title);
    await page.getByLabel("Beschrijving", { exact: true }).filter({ visible: true }).fill("Een beweegroute langs speelplekken, samen met bewoners ontworpen.");
    await page.getByLabel("Status").filter({ visible: true }).selectOption({ label: "Loopt" });
    await page.getByLabel("Einddatum").filter({ visible: true }).fill("2027-06-30");
    await page.getByRole("group", { name: "Sporen" }).getByLabel("Fysieke omgeving").check();
    await page.getByRole("group", { name: "Pijlers" }).getByLabel("1. Burgers zijn hoofdrolspelers").check();
    await page.getByRole("group", { name: "Doelgroepen" }).getByLabel("Kinderen").check();
    await page.getByLabel("Bereikte inwoners").filter({ visible: true }).fill("1.200");
    await page.getByLabel("Waarvan inwoners met een lage SES").filter({ visible: true }).fill("450");
    await page.getByRole("button", { name: "Partner toevoegen" }).click();
    await page.getByLabel("Partner 1: soort").filter({ visible: true }).selectOption({ label: "Woningcorporatie" });
    await page.getByLabel("Partner 1: naam").filter({ visible: true }).fill("Woonbedrijf");
    await page.getByLabel("Budget in euro’s").filter({ visible: true }).fill("12.500");
    await page.getByRole("radio", { name: "GIDS-netwerk" }).check();
    await page.getByRole("button", { name: "Initiatief opslaan" }).click();
    await page.waitForURL(/\/initiatieven\/[0-9a-f-]{36}\?opgeslagen=1$/);
    await expect(page.getByRole("status").filter({ hasText: "Het initiatief is aangemaakt." })).toBeVisible();
    await expect(page.getByLabel("Budget in euro’s").filter({ visible: true })).toHaveValue("12500");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "initiatives-edit");

    await page.getByLabel("Beschrijving", { exact: true }).filter({ visible: true }).fill("Een beweegroute langs speelplekken en het nieuwe buurtpark.");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Het initiatief is opgeslagen." })).toBeVisible();

    // Filters live in the URL; combinations narrow the list.
    await page.goto(LIST);
    await page.getByLabel("Zoek in titel en beschrijving").filter({ visible: true }).fill(title);
    await page.getByLabel("Spoor", { exact: true }).filter({ visible: true }).selectOption({ label: "Fysieke omgeving" });
    await page.getByLabel("Doelgroep").filter({ visible: true }).selectOption({ label: "Kinderen" });
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/spoor=PHYSICAL_ENVIRONMENT/);
    await expect(page.getByRole("heading", { name: "1 initiatief" })).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.getByLabel("Spoor", { exact: true }).filter({ visible: true }).selectOption({ label: "Participatie" });
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page.getByText("Geen initiatieven gevonden met deze filters.").filter({ visible: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "initiatives-filtered-empty");

    // Archive after confirming; it moves to the archive tab.
    await page.goto(`${LIST}?zoek=${encodeURIComponent(title)}`);
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("button", { name: "Archiveren" }).click();
    const dialog = page.getByRole("dialog", { name: /archiveren\?/ });
    await expect(dialog).toBeVisible();
    await screenshot(page, "initiatives-archive-dialog");
    await dialog.getByRole("button", { name: "Ja, archiveren" }).click();
    await expect(page.getByText(/Dit initiatief is gearchiveerd op/).filter({ visible: true })).toBeVisible();
    await page.goto(`${LIST}?zoek=${encodeURIComponent(title)}`);
    await expect(page.getByRole("heading", { name: "Geen initiatieven" })).toBeVisible();
    await page.getByRole("link", { name: "Archief" }).click();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  });

  test("a save shows on the next view of the municipality home (read-your-writes, nothing stored per user)", async ({ page }) => {
    await signIn(page, "helmond@gezondin.example");
    const running = async () => {
      const res = await page.request.get("/gemeenten/GM0794");
      expect(res.status()).toBe(200);
      expect(res.headers()["x-gezondin-output"]).toBeUndefined();
      const count = Number(/(\d+) lopende initiatieven/.exec(await res.text())?.[1]);
      expect(count).toBeGreaterThan(0);
      return count;
    };
    const before = await running();
    expect(await running()).toBe(before);

    await createInitiative(page, `Leestest ${stamp()}`); // status "Loopt": one more running initiative
    const after = await running();
    expect(after).toBeGreaterThan(before); // (other journeys may add more meanwhile)
    await page.goto("/gemeenten/GM0794");
    await expect(page.getByText(new RegExp(`${after} lopende initiatieven`)).filter({ visible: true })).toBeVisible();
  });

  test("the new-initiative form works with the keyboard alone", async ({ page }) => {
    await signIn(page, "helmond@gezondin.example");
    await page.goto(`${LIST}/nieuw`);
    /** Presses Tab until the focused control is labelled `name` (its <label>, aria-label or text). */
    const tabTo = async (name: string) => {
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press("Tab");
        const label = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return "";
          const byFor = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
          return (byFor ?? el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim();
        });
        if (label.startsWith(name)) return;
      }
      throw new Error(`${name} is not reachable with Tab`);
    };
    const title = `Toetsenbordroute ${stamp()}`;
    await tabTo("Titel");
    await page.keyboard.type(title);
    await tabTo("Status");
    await page.keyboard.type("Loopt");
    await tabTo("Participatie");
    await page.keyboard.press("Space");
    await tabTo("Initiatief opslaan");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/initiatieven\/[0-9a-f-]{36}\?opgeslagen=1$/);
    await expect(page.getByRole("textbox", { name: /^Titel/ })).toHaveValue(title);
    await expect(page.getByRole("group", { name: "Sporen" }).getByLabel("Participatie")).toBeChecked();
  });

  test("warns about a likely duplicate title until confirmed", async ({ page }) => {
    await signIn(page, "helmond@gezondin.example");
    const title = `Buurtmoestuin ${stamp()}`;
    await createInitiative(page, title);
    await page.goto(`${LIST}/nieuw`);
    await page.getByRole("textbox", { name: /^Titel/ }).fill(title.toUpperCase());
    await page.getByLabel("Status").filter({ visible: true }).selectOption({ label: "Gepland" });
    await page.getByRole("group", { name: "Sporen" }).getByLabel("Sociale omgeving").check();
    await page.getByRole("button", { name: "Initiatief opslaan" }).click();
    await expect(page.getByRole("textbox", { name: /^Titel/ })).toHaveAccessibleDescription(/Er is al een initiatief met deze titel\./);
    await expect(page.getByText("Lijkt dit op een bestaand initiatief?").filter({ visible: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Dit is een ander initiatief; toch opslaan").filter({ visible: true }).check();
    await page.getByRole("button", { name: "Initiatief opslaan" }).click();
    await page.waitForURL(/\?opgeslagen=1$/);
  });

  test("two sessions edit the same initiative: the second save is refused and keeps its input", async ({ browser }) => {
    // Two browser contexts: two separate sessions, as two colleagues on two computers.
    const first = await (await browser.newContext()).newPage();
    const second = await (await browser.newContext()).newPage();
    await signIn(first, "helmond@gezondin.example");
    await signIn(second, "helmond@gezondin.example");
    const url = await createInitiative(first, `Gezonde kantine ${stamp()}`);
    await first.goto(url);
    await second.goto(url);

    await first.getByLabel("Beschrijving").fill("Sessie 1: samen met de sportclub.");
    await first.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(first.getByRole("status").filter({ hasText: "Het initiatief is opgeslagen." })).toBeVisible();

    const mine = "Sessie 2: ook de kantine van het zwembad.";
    await second.getByLabel("Beschrijving").fill(mine);
    await second.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(second.getByRole("main").getByRole("alert")).toContainText("iemand anders heeft dit intussen gewijzigd");
    await expect(second.getByLabel("Beschrijving")).toHaveValue(mine);
    await expect(second.getByRole("link", { name: /Nieuwste versie openen/ })).toBeVisible();
    await expectNoSeriousA11yViolations(second);
    await screenshot(second, "initiatives-conflict");

    await first.reload();
    await expect(first.getByLabel("Beschrijving")).toHaveValue("Sessie 1: samen met de sportclub.");
    await first.context().close();
    await second.context().close();
  });
});
