<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppDialog</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Enter saves · Esc closes</source>
        <translation>Eingabetaste speichert · Esc schließt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Tracelot: back office of a food importer and distributor.</source>
        <translation>Tracelot: Backoffice eines Lebensmittelimporteurs und -großhändlers.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (default: %1).</source>
        <translation>Die Datenbank unter &lt;path&gt; öffnen (Standard: %1).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (en, de) instead of the system&apos;s.</source>
        <translation>Die Sprache &lt;code&gt; (en, de) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Load every page on a new database (a throwaway one unless --db names a new file) and exit non-zero on any QML warning.</source>
        <translation>Jede Seite mit einer neuen Datenbank laden (einer Wegwerf-Datenbank, außer --db nennt eine neue Datei) und bei jeder QML-Warnung mit Fehlercode beenden.</translation>
    </message>
    <message>
        <source>After loading, save a picture of the window to &lt;file&gt; (PNG) and exit.</source>
        <translation>Nach dem Laden ein Bild des Fensters in &lt;file&gt; (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <source>With --self-test: the page to end on, e.g. catalog/products.</source>
        <translation>Mit --self-test: die Seite, auf der der Test endet, z. B. catalog/products.</translation>
    </message>
    <message>
        <source>With --self-test: save a picture of every page and form visited into &lt;dir&gt;.</source>
        <translation>Mit --self-test: ein Bild jeder besuchten Seite und jedes Formulars in &lt;dir&gt; speichern.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1366x768.</source>
        <translation>Fenstergröße, z. B. 1366x768.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1366x768.</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1366x768.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Tracelot</source>
        <translation>Tracelot</translation>
    </message>
    <message>
        <source>Food import back office</source>
        <translation>Backoffice Lebensmittelimport</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>CatalogColumn</name>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Storage (°C)</source>
        <translation>Lagerung (°C)</translation>
    </message>
    <message>
        <source>Min. shelf life (d)</source>
        <translation>Mindest-Resthaltbarkeit (T.)</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatur (°C)</translation>
    </message>
    <message>
        <source>Pick order</source>
        <translation>Pickfolge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Shelf life</source>
        <translation>Haltbarkeit</translation>
    </message>
</context>
<context>
    <name>CatalogEditorDialog</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Stop using it in new work; its history stays. You can reinstate it.</source>
        <translation>Nicht mehr für neue Vorgänge verwenden; die Historie bleibt erhalten. Reaktivieren ist jederzeit möglich.</translation>
    </message>
    <message>
        <source>Use it again in new work.</source>
        <translation>Wieder für neue Vorgänge verwenden.</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* Pflichtfeld</translation>
    </message>
</context>
<context>
    <name>CatalogField</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>FDA registration</source>
        <translation>FDA-Registrierung</translation>
    </message>
    <message>
        <source>Minimum shelf life (days)</source>
        <translation>Mindest-Resthaltbarkeit (Tage)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Warengruppe</translation>
    </message>
    <message>
        <source>Base unit</source>
        <translation>Basiseinheit</translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>Haltbarkeit (Tage)</translation>
    </message>
    <message>
        <source>Minimum shelf life at shipping (days)</source>
        <translation>Mindest-Resthaltbarkeit beim Versand (Tage)</translation>
    </message>
    <message>
        <source>Expiry warning (days)</source>
        <translation>Ablaufwarnung (Tage vorher)</translation>
    </message>
    <message>
        <source>Storage min (°C)</source>
        <translation>Lagerung min. (°C)</translation>
    </message>
    <message>
        <source>Storage max (°C)</source>
        <translation>Lagerung max. (°C)</translation>
    </message>
    <message>
        <source>QC required</source>
        <translation>Qualitätsprüfung erforderlich</translation>
    </message>
    <message>
        <source>On the Food Traceability List</source>
        <translation>Auf der Food Traceability List</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Temperature min (°C)</source>
        <translation>Temperatur min. (°C)</translation>
    </message>
    <message>
        <source>Temperature max (°C)</source>
        <translation>Temperatur max. (°C)</translation>
    </message>
    <message>
        <source>Tolerance (minutes)</source>
        <translation>Toleranz (Minuten)</translation>
    </message>
    <message>
        <source>Pick sequence</source>
        <translation>Pickfolge</translation>
    </message>
</context>
<context>
    <name>CatalogForm</name>
    <message>
        <source>e.g. 4.0</source>
        <translation>z. B. 4,0</translation>
    </message>
    <message>
        <source>e.g. FR</source>
        <translation>z. B. FR</translation>
    </message>
    <message>
        <source>8, 12, 13 or 14 digits</source>
        <translation>8, 12, 13 oder 14 Ziffern</translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation>13 Ziffern</translation>
    </message>
    <message>
        <source>+33 3 84 33 10 10</source>
        <translation>+49 40 123 456 78</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>empty: not set</source>
        <translation>leer: nicht festgelegt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>CatalogHelp</name>
    <message>
        <source>short unique code, e.g. SUP-NO-01</source>
        <translation>kurzer eindeutiger Code, z. B. SUP-NO-01</translation>
    </message>
    <message>
        <source>business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>ISO 3166 two-letter code, e.g. NO, FR, MX</source>
        <translation>zweistelliger ISO-3166-Code, z. B. NO, FR, MX</translation>
    </message>
    <message>
        <source>street, postcode, city (FSMA 204 location description)</source>
        <translation>Straße, PLZ, Ort (Standortbeschreibung nach FSMA 204)</translation>
    </message>
    <message>
        <source>phone number with country code</source>
        <translation>Telefonnummer mit Ländervorwahl</translation>
    </message>
    <message>
        <source>contact e-mail address</source>
        <translation>E-Mail-Adresse für Kontakt</translation>
    </message>
    <message>
        <source>GS1 Global Location Number, 13 digits with check digit</source>
        <translation>GS1 Global Location Number, 13 Ziffern mit Prüfziffer</translation>
    </message>
    <message>
        <source>FDA food facility registration number, if any</source>
        <translation>FDA-Registrierungsnummer des Lebensmittelbetriebs, falls vorhanden</translation>
    </message>
    <message>
        <source>short unique code, e.g. CUS-0001</source>
        <translation>kurzer eindeutiger Code, z. B. CUS-0001</translation>
    </message>
    <message>
        <source>remaining shelf life this customer requires at shipping, in days</source>
        <translation>Resthaltbarkeit, die dieser Kunde beim Versand verlangt, in Tagen</translation>
    </message>
    <message>
        <source>unique article code, e.g. CHE-COMTE-24</source>
        <translation>eindeutige Artikelnummer, z. B. CHE-COMTE-24</translation>
    </message>
    <message>
        <source>product description as printed on documents</source>
        <translation>Artikelbezeichnung, wie sie auf Belegen steht</translation>
    </message>
    <message>
        <source>GTIN-8/12/13/14 with a valid check digit; stored as GTIN-14</source>
        <translation>GTIN-8/12/13/14 mit gültiger Prüfziffer; gespeichert als GTIN-14</translation>
    </message>
    <message>
        <source>product group</source>
        <translation>Warengruppe</translation>
    </message>
    <message>
        <source>the unit every quantity of this product is counted in</source>
        <translation>die Einheit, in der jede Menge dieses Artikels gezählt wird</translation>
    </message>
    <message>
        <source>days from production to expiry</source>
        <translation>Tage von der Herstellung bis zum Ablauf</translation>
    </message>
    <message>
        <source>lots with fewer days left are not shipped</source>
        <translation>Chargen mit weniger Resttagen werden nicht versandt</translation>
    </message>
    <message>
        <source>warn this many days before expiry</source>
        <translation>so viele Tage vor Ablauf warnen</translation>
    </message>
    <message>
        <source>lowest storage temperature, °C, one decimal</source>
        <translation>niedrigste Lagertemperatur, °C, eine Nachkommastelle</translation>
    </message>
    <message>
        <source>highest storage temperature, °C, one decimal</source>
        <translation>höchste Lagertemperatur, °C, eine Nachkommastelle</translation>
    </message>
    <message>
        <source>received lots are held until a quality check passes</source>
        <translation>eingegangene Chargen bleiben gesperrt, bis eine Qualitätsprüfung bestanden ist</translation>
    </message>
    <message>
        <source>FSMA 204 key data elements are required</source>
        <translation>die Key Data Elements nach FSMA 204 sind Pflicht</translation>
    </message>
    <message>
        <source>reorder when available stock falls below this (base units)</source>
        <translation>nachbestellen, wenn der verfügbare Bestand darunter fällt (Basiseinheiten)</translation>
    </message>
    <message>
        <source>unique location code, e.g. CR-01</source>
        <translation>eindeutiger Lagerplatz-Code, z. B. CR-01</translation>
    </message>
    <message>
        <source>what people call it</source>
        <translation>wie man ihn im Lager nennt</translation>
    </message>
    <message>
        <source>kind of location</source>
        <translation>Art des Lagerplatzes</translation>
    </message>
    <message>
        <source>most stock it holds, in base units; empty for no limit</source>
        <translation>größter Bestand, den er fasst, in Basiseinheiten; leer für unbegrenzt</translation>
    </message>
    <message>
        <source>lowest allowed temperature, °C</source>
        <translation>niedrigste zulässige Temperatur, °C</translation>
    </message>
    <message>
        <source>highest allowed temperature, °C</source>
        <translation>höchste zulässige Temperatur, °C</translation>
    </message>
    <message>
        <source>minutes out of range before it counts as an excursion</source>
        <translation>Minuten außerhalb des Bereichs, bevor es als Abweichung zählt</translation>
    </message>
    <message>
        <source>position on the picker&apos;s walk; lower first</source>
        <translation>Position auf dem Pickweg; kleinere zuerst</translation>
    </message>
</context>
<context>
    <name>CatalogKind</name>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Neuer Lieferant</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lagerplätze</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Neuer Lagerplatz</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
</context>
<context>
    <name>CatalogList</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>Show retired (%1)</source>
        <translation>Stillgelegte zeigen (%1)</translation>
    </message>
    <message>
        <source>Show retired records</source>
        <translation>Stillgelegte Einträge zeigen</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Den gewählten Eintrag öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>You can look up the catalog. Changing it needs the warehouse manager or administrator role.</source>
        <translation>Sie können den Katalog einsehen. Ändern dürfen ihn Lagerleitung und Administration.</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Noch nichts angelegt</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>Only retired records</source>
        <translation>Nur stillgelegte Einträge</translation>
    </message>
    <message>
        <source>Add the first one with “%1”.</source>
        <translation>Legen Sie den ersten mit „%1“ an.</translation>
    </message>
    <message>
        <source>Nobody has added any yet.</source>
        <translation>Bisher hat niemand etwas angelegt.</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, or tick “Show retired”.</source>
        <translation>Versuchen Sie weniger oder kürzere Wörter, oder wählen Sie „Stillgelegte zeigen“.</translation>
    </message>
    <message>
        <source>Tick “Show retired” to see them.</source>
        <translation>Wählen Sie „Stillgelegte zeigen“, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>What you sell, who supplies it, who buys it and where it is kept: the master data every other part of Tracelot relies on.</source>
        <translation>Was Sie verkaufen, wer es liefert, wer es kauft und wo es lagert: die Stammdaten, auf die sich ganz Tracelot stützt.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lagerplätze</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
</context>
<context>
    <name>CatalogValue</name>
    <message>
        <source>Cheese</source>
        <translation>Käse</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Fisch</translation>
    </message>
    <message>
        <source>Seafood</source>
        <translation>Meeresfrüchte</translation>
    </message>
    <message>
        <source>Leafy greens</source>
        <translation>Blattgemüse</translation>
    </message>
    <message>
        <source>Herbs</source>
        <translation>Kräuter</translation>
    </message>
    <message>
        <source>Fresh produce</source>
        <translation>Obst und Gemüse</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Tiefkühlware</translation>
    </message>
    <message>
        <source>Dry goods</source>
        <translation>Trockenware</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>each</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Karton</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Dock</source>
        <translation>Rampe</translation>
    </message>
    <message>
        <source>Cold room</source>
        <translation>Kühlraum</translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation>Tiefkühlraum</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>Trockenlager</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Sperrlager</translation>
    </message>
    <message>
        <source>Pick face</source>
        <translation>Kommissionierplatz</translation>
    </message>
</context>
<context>
    <name>ClosedPage</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Tracelot could not open %1.</source>
        <translation>Tracelot konnte %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Start Tracelot with --db PATH to open another database file, or ask your administrator.</source>
        <translation>Starten Sie Tracelot mit --db PFAD, um eine andere Datenbankdatei zu öffnen, oder fragen Sie Ihre Administration.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>What they type to sign in.</source>
        <translation>Damit meldet sich die Person an.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Printed on e-signatures and reports.</source>
        <translation>Erscheint auf elektronischen Unterschriften und Berichten.</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Erstes Passwort</translation>
    </message>
    <message>
        <source>At least %1 characters. Tell it to them in person.</source>
        <translation>Mindestens %1 Zeichen. Teilen Sie es der Person persönlich mit.</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>FormFieldRow</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Identity &amp; audit</source>
        <translation>Benutzer &amp; Prüfpfad</translation>
    </message>
    <message>
        <source>Who may do what in Tracelot, and proof that the record of what happened has not been altered.</source>
        <translation>Wer in Tracelot was darf, und der Nachweis, dass die Aufzeichnung des Geschehenen nicht verändert wurde.</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>Prüfpfad verifizieren</translation>
    </message>
    <message>
        <source>Checks the hash chain of every event and compares every list with a rebuild from the events. Changes nothing.</source>
        <translation>Prüft die Hash-Kette aller Ereignisse und vergleicht jede Liste mit einem Neuaufbau aus den Ereignissen. Ändert nichts.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>Select a user to see their roles.</source>
        <translation>Wählen Sie einen Benutzer, um seine Rollen zu sehen.</translation>
    </message>
    <message>
        <source>Tick a role to grant it, untick it to revoke it. It takes effect at once.</source>
        <translation>Rolle anhaken, um sie zu vergeben, Haken entfernen, um sie zu entziehen. Wirkt sofort.</translation>
    </message>
    <message>
        <source>Only an administrator can change roles.</source>
        <translation>Nur die Administration kann Rollen ändern.</translation>
    </message>
    <message>
        <source>Deactivate this user</source>
        <translation>Diesen Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>They can no longer sign in; everything they recorded stays.</source>
        <translation>Die Person kann sich nicht mehr anmelden; alles, was sie erfasst hat, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Use the account your administrator created for you.</source>
        <translation>Verwenden Sie das Konto, das Ihre Administration für Sie angelegt hat.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tracelot — %1</source>
        <translation>Tracelot — %1</translation>
    </message>
    <message>
        <source>Tracelot</source>
        <translation>Tracelot</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>products, suppliers, customers and locations</source>
        <translation>Artikel, Lieferanten, Kunden und Lagerplätze</translation>
    </message>
    <message>
        <source>Inventory &amp; receiving</source>
        <translation>Bestand &amp; Wareneingang</translation>
    </message>
    <message>
        <source>receiving at the dock, stock, FEFO, labels</source>
        <translation>Wareneingang an der Rampe, Bestand, FEFO, Etiketten</translation>
    </message>
    <message>
        <source>Quality &amp; cold chain</source>
        <translation>Qualität &amp; Kühlkette</translation>
    </message>
    <message>
        <source>quality checks, holds and releases with e-signature, temperature excursions, certificates</source>
        <translation>Qualitätsprüfungen, Sperren und Freigaben mit elektronischer Unterschrift, Temperaturabweichungen, Zertifikate</translation>
    </message>
    <message>
        <source>Traceability &amp; recall</source>
        <translation>Rückverfolgung &amp; Rückruf</translation>
    </message>
    <message>
        <source>forward and backward traces, recalls, recovery and the FSMA 204 report</source>
        <translation>Vorwärts- und Rückwärtsverfolgung, Rückrufe, Rückholung und der FSMA-204-Bericht</translation>
    </message>
    <message>
        <source>Orders &amp; picking</source>
        <translation>Aufträge &amp; Kommissionierung</translation>
    </message>
    <message>
        <source>orders, FEFO allocation, pick lists in walking order, shipping and delivery</source>
        <translation>Aufträge, FEFO-Zuteilung, Picklisten in Laufreihenfolge, Versand und Zustellung</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>return requests, intake to quarantine, inspection and refunds</source>
        <translation>Retourenanfragen, Annahme ins Sperrlager, Prüfung und Gutschriften</translation>
    </message>
    <message>
        <source>CX sessions</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>contacts, customer sessions, notes, escalations and response times</source>
        <translation>Kontakte, Kundengespräche, Notizen, Eskalationen und Antwortzeiten</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>segments, campaigns with scheduled steps, and consent</source>
        <translation>Segmente, Kampagnen mit geplanten Schritten und Einwilligungen</translation>
    </message>
    <message>
        <source>Journey stages</source>
        <translation>Kundenphasen</translation>
    </message>
    <message>
        <source>client onboarding journeys with stage gates, rollback and retries</source>
        <translation>Onboarding von Geschäftskunden mit Phasenfreigaben, Rückschritt und Wiederholungen</translation>
    </message>
    <message>
        <source>Identity &amp; audit</source>
        <translation>Benutzer &amp; Prüfpfad</translation>
    </message>
    <message>
        <source>users, roles and the audit trail</source>
        <translation>Benutzer, Rollen und der Prüfpfad</translation>
    </message>
    <message>
        <source>%1 arrives with issue #%2: %3.</source>
        <translation>%1 kommt mit Ticket #%2: %3.</translation>
    </message>
    <message>
        <source>%1 is planned: %2. No issue has been opened for it yet.</source>
        <translation>%1 ist geplant: %2. Dafür gibt es noch kein Ticket.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not available yet</source>
        <translation>Noch nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Unbekannter Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>This account has been deactivated; ask an administrator.</source>
        <translation>Dieses Konto wurde deaktiviert; wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Ein Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Warehouse manager</source>
        <translation>Lagerleitung</translation>
    </message>
    <message>
        <source>Warehouse operator</source>
        <translation>Lagermitarbeit</translation>
    </message>
    <message>
        <source>QA technician</source>
        <translation>Qualitätssicherung</translation>
    </message>
    <message>
        <source>Recall coordinator</source>
        <translation>Rückrufkoordination</translation>
    </message>
    <message>
        <source>CX agent</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Kundenbetreuung</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up Tracelot</source>
        <translation>Tracelot einrichten</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the first administrator: you sign in with this account and create the accounts of your colleagues.</source>
        <translation>Diese Datenbank hat noch keine Benutzer. Legen Sie den ersten Administrator an: Mit diesem Konto melden Sie sich an und legen die Konten Ihrer Kolleginnen und Kollegen an.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>2 to 32 letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>2 bis 32 Buchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Printed on e-signatures and reports.</source>
        <translation>Erscheint auf elektronischen Unterschriften und Berichten.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Load demo data of a food importer</source>
        <translation>Demodaten eines Lebensmittelimporteurs laden</translation>
    </message>
    <message>
        <source>Suppliers, customers, cheeses, fish, leafy greens, herbs and frozen goods, cold rooms and a freezer: a place to try things out. Leave it unticked to start with an empty catalog.</source>
        <translation>Lieferanten, Kunden, Käse, Fisch, Blattgemüse, Kräuter und Tiefkühlware, Kühlräume und ein Tiefkühlraum: zum Ausprobieren. Ohne Haken beginnen Sie mit einem leeren Katalog.</translation>
    </message>
    <message>
        <source>Creating your account and loading the demo data…</source>
        <translation>Ihr Konto wird angelegt und die Demodaten werden geladen …</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Ihr Konto wird angelegt …</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisation: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeCard</name>
    <message>
        <source>Tracelot</source>
        <translation>Tracelot</translation>
    </message>
    <message>
        <source>Back office of a food importer and distributor</source>
        <translation>Backoffice eines Lebensmittelimporteurs und -großhändlers</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::CatalogEditor</name>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::IdentityViewModel</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again in both fields.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das Passwort in beiden Feldern erneut ein.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events checked, the hash chain is unbroken and every list matches a rebuild from the events.</source>
        <translation>Der Prüfpfad ist intakt: %1 Ereignisse geprüft, die Hash-Kette ist lückenlos und jede Liste stimmt mit einem Neuaufbau aus den Ereignissen überein.</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::LoginForm</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::Session</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>no role yet</source>
        <translation>noch keine Rolle</translation>
    </message>
    <message>
        <source>no server configured</source>
        <translation>kein Server eingerichtet</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::SetupForm</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again in both fields.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das Passwort in beiden Feldern erneut ein.</translation>
    </message>
    <message>
        <source>Demo data loaded: %1 products, %2 suppliers, %3 customers and %4 locations.</source>
        <translation>Demodaten geladen: %1 Artikel, %2 Lieferanten, %3 Kunden und %4 Lagerplätze.</translation>
    </message>
    <message>
        <source>Your account is ready, but the demo data could not be loaded: %1</source>
        <translation>Ihr Konto ist bereit, aber die Demodaten ließen sich nicht laden: %1</translation>
    </message>
</context>
</TS>
