<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Access</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 needs the %2 role.</source>
        <translation>%1 erfordert die Rolle %2.</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Count lot %1</source>
        <translation>Charge %1 zählen</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>Zählung buchen</translation>
    </message>
    <message>
        <source>Where you counted</source>
        <translation>Wo gezählt wurde</translation>
    </message>
    <message>
        <source>Counted (%1)</source>
        <translation>Gezählt (%1)</translation>
    </message>
    <message>
        <source>The books say %1 here.</source>
        <translation>Laut Bestand: %1 hier.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
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
    <name>CertificateDialog</name>
    <message>
        <source>Certificate of release %1</source>
        <translation>Freigabezertifikat %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
</context>
<context>
    <name>CheckCard</name>
    <message>
        <source>Quality check passed</source>
        <translation>Qualitätsprüfung bestanden</translation>
    </message>
    <message>
        <source>Quality check failed</source>
        <translation>Qualitätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>CheckTemplateDialog</name>
    <message>
        <source>Quality check of %1</source>
        <translation>Qualitätsprüfung für %1</translation>
    </message>
    <message>
        <source>Save the check</source>
        <translation>Prüfung speichern</translation>
    </message>
    <message>
        <source>Revision %1 is in use. Saving makes revision %2; checks already recorded keep theirs.</source>
        <translation>Revision %1 ist in Gebrauch. Speichern erzeugt Revision %2; bereits erfasste Prüfungen behalten ihre.</translation>
    </message>
    <message>
        <source>No check is defined yet. Every criterion will have to be answered when the check is recorded.</source>
        <translation>Noch keine Prüfung festgelegt. Beim Erfassen der Prüfung muss jedes Kriterium beantwortet werden.</translation>
    </message>
    <message>
        <source>Criterion, e.g. Smell and appearance</source>
        <translation>Kriterium, z. B. Geruch und Aussehen</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Kriterium %1</translation>
    </message>
    <message>
        <source>Kind of criterion %1</source>
        <translation>Art von Kriterium %1</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit of criterion %1</source>
        <translation>Einheit von Kriterium %1</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Lower limit of criterion %1</source>
        <translation>Untergrenze von Kriterium %1</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Upper limit of criterion %1</source>
        <translation>Obergrenze von Kriterium %1</translation>
    </message>
    <message>
        <source>Remove criterion %1</source>
        <translation>Kriterium %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation>Dieses Kriterium entfernen</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
</context>
<context>
    <name>ChoiceEntry</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
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
    <name>ColdChainPanel</name>
    <message>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Monitored location</source>
        <translation>Überwachter Lagerplatz</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <source>Import data-logger file…</source>
        <translation>Datenlogger-Datei importieren …</translation>
    </message>
    <message>
        <source>HACCP record</source>
        <translation>HACCP-Protokoll</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>No monitored location</source>
        <translation>Kein überwachter Lagerplatz</translation>
    </message>
    <message>
        <source>Give a cold room, freezer or other location an allowed temperature range in the catalog to monitor it here.</source>
        <translation>Geben Sie einem Kühlraum, Tiefkühlraum oder anderen Lagerplatz im Katalog einen zulässigen Temperaturbereich, um ihn hier zu überwachen.</translation>
    </message>
    <message>
        <source>Temperature chart</source>
        <translation>Temperaturverlauf</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Allowed range</source>
        <translation>Zulässiger Bereich</translation>
    </message>
    <message>
        <source>Excursion or gap</source>
        <translation>Abweichung oder Lücke</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Excursions and gaps (%1)</source>
        <translation>Abweichungen und Lücken (%1)</translation>
    </message>
    <message>
        <source>None in these days.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Excursions and monitoring gaps</source>
        <translation>Abweichungen und Überwachungslücken</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 · %2 min%3</source>
        <translation>%1 · %2 Min.%3</translation>
    </message>
    <message>
        <source> · peak %1</source>
        <translation> · Spitze %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation>Sperren: %1</translation>
    </message>
    <message>
        <source>No corrective action yet — the holds cannot be disposed of before one is recorded.</source>
        <translation>Noch keine Korrekturmaßnahme — über die Sperren kann erst entschieden werden, wenn eine erfasst ist.</translation>
    </message>
    <message>
        <source>Corrective action: %1</source>
        <translation>Korrekturmaßnahme: %1</translation>
    </message>
    <message>
        <source>Record corrective action…</source>
        <translation>Korrekturmaßnahme erfassen …</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>What was done: e.g. door seal replaced, compressor serviced, product temperatures checked</source>
        <translation>Was getan wurde: z. B. Türdichtung ersetzt, Verdichter gewartet, Produkttemperaturen geprüft</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Import a data-logger file for this location</source>
        <translation>Datenlogger-Datei für diesen Lagerplatz importieren</translation>
    </message>
    <message>
        <source>Data-logger files (*.csv *.txt)</source>
        <translation>Datenlogger-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
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
    <name>DisposeDialog</name>
    <message>
        <source>Dispose of hold %1</source>
        <translation>Über Sperre %1 entscheiden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sign and dispose</source>
        <translation>Unterschreiben und entscheiden</translation>
    </message>
    <message>
        <source>What happens to the held stock</source>
        <translation>Was mit dem gesperrten Bestand geschieht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your password (%1)</source>
        <translation>Ihr Passwort (%1)</translation>
    </message>
    <message>
        <source>Entered now to sign; never stored.</source>
        <translation>Jetzt zur Unterschrift eingegeben; wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Hold %1 is closed: %2.</source>
        <translation>Sperre %1 ist geschlossen: %2.</translation>
    </message>
</context>
<context>
    <name>ExpiryBoard</name>
    <message>
        <source>%1: %2 lots</source>
        <translation>%1: %2 Chargen</translation>
    </message>
    <message>
        <source>Showing these lots; press again to show all</source>
        <translation>Zeigt diese Chargen; erneut drücken zeigt alle</translation>
    </message>
    <message>
        <source>Show these lots</source>
        <translation>Diese Chargen zeigen</translation>
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
    <name>HoldCard</name>
    <message>
        <source>Hold %1</source>
        <translation>Sperre %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — holds %2</source>
        <translation>%1 — sperrt %2</translation>
    </message>
    <message>
        <source>Certificate of release %1</source>
        <translation>Freigabezertifikat %1</translation>
    </message>
</context>
<context>
    <name>HoldDetail</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>the whole lot</source>
        <translation>die ganze Charge</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>all of the lot at %1</source>
        <translation>die ganze Charge auf %1</translation>
    </message>
</context>
<context>
    <name>HoldDetailPane</name>
    <message>
        <source>No hold selected</source>
        <translation>Keine Sperre ausgewählt</translation>
    </message>
    <message>
        <source>Choose a hold in the inbox (↑ ↓) to review it.</source>
        <translation>Wählen Sie eine Sperre im Eingang (↑ ↓), um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Sperre %1</translation>
    </message>
    <message>
        <source>Record check…</source>
        <translation>Prüfung erfassen …</translation>
    </message>
    <message>
        <source>Sign and release…</source>
        <translation>Unterschreiben und freigeben …</translation>
    </message>
    <message>
        <source>Enter in the inbox</source>
        <translation>Eingabetaste im Eingang</translation>
    </message>
    <message>
        <source>Dispose…</source>
        <translation>Entscheiden …</translation>
    </message>
    <message>
        <source>Certificate of release…</source>
        <translation>Freigabezertifikat …</translation>
    </message>
    <message>
        <source>Checks and certificates (%1)</source>
        <translation>Prüfungen und Zertifikate (%1)</translation>
    </message>
    <message>
        <source>Lot history (%1)</source>
        <translation>Verlauf der Charge (%1)</translation>
    </message>
    <message>
        <source>Lot key data</source>
        <translation>Stammdaten der Charge</translation>
    </message>
    <message>
        <source>No quality check recorded for this lot yet.</source>
        <translation>Für diese Charge ist noch keine Qualitätsprüfung erfasst.</translation>
    </message>
    <message>
        <source>Certificate of release %1 (hold %2)</source>
        <translation>Freigabezertifikat %1 (Sperre %2)</translation>
    </message>
    <message>
        <source>Check definition…</source>
        <translation>Prüfdefinition …</translation>
    </message>
    <message>
        <source>Each product has its own check criteria.</source>
        <translation>Jeder Artikel hat eigene Prüfkriterien.</translation>
    </message>
</context>
<context>
    <name>HoldInbox</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>whole lot</source>
        <translation>ganze Charge</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>all at %1</source>
        <translation>alles auf %1</translation>
    </message>
</context>
<context>
    <name>HoldRecord</name>
    <message>
        <source>Hold record %1</source>
        <translation>Sperrdatensatz %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Sperrt</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the hold record: %1</source>
        <translation>SHA-256 des Sperrdatensatzes: %1</translation>
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
    <message>
        <source>Sync conflicts (%1)</source>
        <translation>Synchronisierungskonflikte (%1)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Synchronisierung</translation>
    </message>
</context>
<context>
    <name>InspectReturnDialog</name>
    <message>
        <source>Inspect line %1 of return %2</source>
        <translation>Position %1 der Retoure %2 prüfen</translation>
    </message>
    <message>
        <source>Keep quarantined</source>
        <translation>Im Sperrlager belassen</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterschreiben</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Back to</source>
        <translation>Einlagern auf</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Your password (e-signature)</source>
        <translation>Ihr Passwort (elektronische Unterschrift)</translation>
    </message>
    <message>
        <source>Entered now to sign; never stored.</source>
        <translation>Jetzt zur Unterschrift eingegeben; wird nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Inventory &amp; receiving</source>
        <translation>Bestand &amp; Wareneingang</translation>
    </message>
    <message>
        <source>Lots come in at the dock with their traceability data, are put away, moved, counted and written off, and leave first-expired-first-out.</source>
        <translation>Chargen kommen mit ihren Rückverfolgungsdaten an der Rampe an, werden eingelagert, umgelagert, gezählt und abgeschrieben und verlassen das Lager nach FEFO.</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>InventoryText</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Sperrlager</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Advance ship notice</source>
        <translation>Lieferavis</translation>
    </message>
    <message>
        <source>Bill of lading</source>
        <translation>Frachtbrief</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Inventurzählung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Damaged (found in count)</source>
        <translation>Beschädigt (bei Zählung gefunden)</translation>
    </message>
    <message>
        <source>Correction of an earlier booking</source>
        <translation>Korrektur einer früheren Buchung</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Temperature abuse</source>
        <translation>Temperaturabweichung</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rückruf</translation>
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
        <source>cases</source>
        <translation>Kartons</translation>
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
        <source>Repack</source>
        <translation>Umpacken</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
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
    <name>LotColumn</name>
    <message>
        <source>Lot code (TLC)</source>
        <translation>Chargennummer (TLC)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Verbrauchen bis</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>BB %1</source>
        <translation>MHD %1</translation>
    </message>
    <message>
        <source>On hold %1</source>
        <translation>Gesperrt %1</translation>
    </message>
</context>
<context>
    <name>LotDetail</name>
    <message>
        <source>On hold %1</source>
        <translation>Gesperrt %1</translation>
    </message>
    <message>
        <source>Lot code (TLC)</source>
        <translation>Chargennummer (TLC)</translation>
    </message>
    <message>
        <source>%1 (assigned by Tracelot)</source>
        <translation>%1 (von Tracelot vergeben)</translation>
    </message>
    <message>
        <source>%1 (the supplier&apos;s, as received)</source>
        <translation>%1 (die des Lieferanten, wie erhalten)</translation>
    </message>
    <message>
        <source>TLC source</source>
        <translation>TLC-Quelle</translation>
    </message>
    <message>
        <source>TLC source reference</source>
        <translation>Referenz der TLC-Quelle</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Immediate previous source</source>
        <translation>Unmittelbare Vorquelle</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Reference document</source>
        <translation>Referenzbeleg</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Verbrauchen bis</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Mindestens haltbar bis</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>Herstellungsdatum</translation>
    </message>
    <message>
        <source>Temperature at receipt</source>
        <translation>Temperatur beim Eingang</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>all held (%1)</source>
        <translation>alles gesperrt (%1)</translation>
    </message>
    <message>
        <source>%1 held (%2)</source>
        <translation>%1 gesperrt (%2)</translation>
    </message>
    <message>
        <source>the whole lot</source>
        <translation>die ganze Charge</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>all of it at %1</source>
        <translation>alles auf %1</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Lot %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 on hand</source>
        <translation>%1 (%2) · %3 im Bestand</translation>
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
        <source>Move…</source>
        <translation>Umlagern …</translation>
    </message>
    <message>
        <source>Count…</source>
        <translation>Zählen …</translation>
    </message>
    <message>
        <source>Waste…</source>
        <translation>Abschreiben …</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Teilen …</translation>
    </message>
    <message>
        <source>Transform…</source>
        <translation>Umarbeiten …</translation>
    </message>
    <message>
        <source>Place hold…</source>
        <translation>Sperren …</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Etiketten drucken …</translation>
    </message>
    <message>
        <source>Labels as PDF…</source>
        <translation>Etiketten als PDF …</translation>
    </message>
    <message>
        <source>Key data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Stock by location (%1)</source>
        <translation>Bestand je Lagerplatz (%1)</translation>
    </message>
    <message>
        <source>Holds and checks (%1)</source>
        <translation>Sperren und Prüfungen (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>Stock by location</source>
        <translation>Bestand je Lagerplatz</translation>
    </message>
    <message>
        <source>No stock left of this lot.</source>
        <translation>Von dieser Charge ist nichts mehr am Lager.</translation>
    </message>
    <message>
        <source>No holds and no quality checks for this lot.</source>
        <translation>Für diese Charge gibt es keine Sperren und keine Qualitätsprüfungen.</translation>
    </message>
</context>
<context>
    <name>LotHistory</name>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>lot code %1 assigned by Tracelot</source>
        <translation>Chargennummer %1 von Tracelot vergeben</translation>
    </message>
    <message>
        <source>supplier&apos;s lot code %1</source>
        <translation>Chargennummer %1 des Lieferanten</translation>
    </message>
    <message>
        <source>%1 °C at receipt</source>
        <translation>%1 °C beim Eingang</translation>
    </message>
    <message>
        <source>Created by a split</source>
        <translation>Durch Teilung entstanden</translation>
    </message>
    <message>
        <source>%1 at %2 from lot %3</source>
        <translation>%1 auf %2 aus Charge %3</translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation>Entstanden durch %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Umgelagert</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 nach %3</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>%1 at %2 (was %3, %4)</source>
        <translation>%1 auf %2 (vorher %3, %4)</translation>
    </message>
    <message>
        <source>Written off as waste</source>
        <translation>Als Abfall abgeschrieben</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>%1 at %2 into a new lot</source>
        <translation>%1 auf %2 in eine neue Charge</translation>
    </message>
    <message>
        <source>Used in a transformation</source>
        <translation>In einer Umarbeitung verwendet</translation>
    </message>
    <message>
        <source>%1 at %2 into lot %3</source>
        <translation>%1 auf %2 in Charge %3</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Ablaufwarnung</translation>
    </message>
    <message>
        <source>days left: %1</source>
        <translation>Resttage: %1</translation>
    </message>
    <message>
        <source>%1 on hand</source>
        <translation>%1 im Bestand</translation>
    </message>
    <message>
        <source>Hold %1 placed</source>
        <translation>Sperre %1 gesetzt</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Sperre freigegeben</translation>
    </message>
    <message>
        <source>Hold disposed: %1</source>
        <translation>Über Sperre entschieden: %1</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Quality check passed</source>
        <translation>Qualitätsprüfung bestanden</translation>
    </message>
    <message>
        <source>Quality check failed</source>
        <translation>Qualitätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>Certificate of release %1 issued</source>
        <translation>Freigabezertifikat %1 ausgestellt</translation>
    </message>
</context>
<context>
    <name>LotHistoryList</name>
    <message>
        <source>History of the lot</source>
        <translation>Verlauf der Charge</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Kein Verlauf.</translation>
    </message>
</context>
<context>
    <name>LotLabels</name>
    <message>
        <source>This lot no longer exists.</source>
        <translation>Diese Charge gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This product has no GTIN, so no GS1 barcode can be printed. Add the GTIN in the catalog first.</source>
        <translation>Dieser Artikel hat keine GTIN, daher kann kein GS1-Barcode gedruckt werden. Tragen Sie zuerst die GTIN im Katalog ein.</translation>
    </message>
    <message>
        <source>This lot code cannot go into a GS1 barcode: %1</source>
        <translation>Diese Chargennummer passt nicht in einen GS1-Barcode: %1</translation>
    </message>
    <message>
        <source>The labels could not be written: %1</source>
        <translation>Die Etiketten konnten nicht geschrieben werden: %1</translation>
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
    <name>MoveDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Move lot %1</source>
        <translation>Charge %1 umlagern</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Umlagern</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Quantity (%1)</source>
        <translation>Menge (%1)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Held or expired stock may only go to a quarantine location.</source>
        <translation>Gesperrter oder abgelaufener Bestand darf nur ins Sperrlager.</translation>
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
    <name>OrderDetailPane</name>
    <message>
        <source>No order open</source>
        <translation>Kein Auftrag geöffnet</translation>
    </message>
    <message>
        <source>Choose an order on the left.</source>
        <translation>Wählen Sie links einen Auftrag.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Requested ship date</source>
        <translation>Gewünschtes Versanddatum</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Bestellnummer des Kunden</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>%1 with %2, tracking %3</source>
        <translation>%1 mit %2, Sendungsnummer %3</translation>
    </message>
    <message>
        <source>Reference document</source>
        <translation>Referenzbeleg</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Allocate (FEFO)</source>
        <translation>Zuteilen (FEFO)</translation>
    </message>
    <message>
        <source>Pick (%1)</source>
        <translation>Kommissionieren (%1)</translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation>Versenden …</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Pick list…</source>
        <translation>Pickliste …</translation>
    </message>
    <message>
        <source>Print the pick list…</source>
        <translation>Pickliste drucken …</translation>
    </message>
    <message>
        <source>Pick list as PDF…</source>
        <translation>Pickliste als PDF …</translation>
    </message>
    <message>
        <source>Packing slip…</source>
        <translation>Lieferschein …</translation>
    </message>
    <message>
        <source>Print the packing slip…</source>
        <translation>Lieferschein drucken …</translation>
    </message>
    <message>
        <source>Packing slip as PDF…</source>
        <translation>Lieferschein als PDF …</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Auftrag stornieren …</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1 %4 ordered · %2 allocated · %3 picked</source>
        <translation>%1 %4 bestellt · %2 zugeteilt · %3 kommissioniert</translation>
    </message>
    <message>
        <source>Lot %1 at %2 · expires %3 · %4 reserved, %5 picked — %6</source>
        <translation>Charge %1 auf %2 · Ablauf %3 · %4 reserviert, %5 kommissioniert — %6</translation>
    </message>
    <message>
        <source>first to expire</source>
        <translation>läuft zuerst ab</translation>
    </message>
    <message>
        <source>Passed over: %1</source>
        <translation>Übergangen: %1</translation>
    </message>
    <message>
        <source>Resolve:</source>
        <translation>Klären:</translation>
    </message>
    <message>
        <source>Re-allocate</source>
        <translation>Neu zuteilen</translation>
    </message>
    <message>
        <source>Backorder</source>
        <translation>Nachliefern</translation>
    </message>
    <message>
        <source>Cancel the line</source>
        <translation>Position stornieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders &amp; picking</source>
        <translation>Aufträge &amp; Kommissionierung</translation>
    </message>
    <message>
        <source>Customer orders from placing to delivery: stock is allocated first-expired-first-out and picked by scanning.</source>
        <translation>Kundenaufträge von der Erfassung bis zur Zustellung: Der Bestand wird nach FEFO zugeteilt und per Scan kommissioniert.</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Neuer Auftrag …</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Kommissionieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show orders: %1</source>
        <translation>Aufträge zeigen: %1</translation>
    </message>
    <message>
        <source>Order number or customer</source>
        <translation>Auftragsnummer oder Kunde</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Aufträge suchen</translation>
    </message>
    <message>
        <source>Orders by requested ship date</source>
        <translation>Aufträge nach gewünschtem Versanddatum</translation>
    </message>
    <message>
        <source>Order %1, %2, %3, ship %4</source>
        <translation>Auftrag %1, %2, %3, Versand %4</translation>
    </message>
    <message>
        <source>short pick</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <source>re-allocate · %1 short</source>
        <translation>neu zuteilen · %1 fehlen</translation>
    </message>
    <message>
        <source>%1 · ship %2 · %3 line(s)</source>
        <translation>%1 · Versand %2 · %3 Position(en)</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>Keine Aufträge</translation>
    </message>
    <message>
        <source>None match the filter.</source>
        <translation>Keiner passt zum Filter.</translation>
    </message>
    <message>
        <source>Place the first order with “New order…”.</source>
        <translation>Erfassen Sie den ersten Auftrag mit „Neuer Auftrag …“.</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Auftrag %1 stornieren</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message>
        <source>Its reservations are released. A shipped order cannot be cancelled.</source>
        <translation>Seine Reservierungen werden aufgehoben. Ein versandter Auftrag kann nicht storniert werden.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Short pick of lot %1</source>
        <translation>Fehlmenge bei Charge %1</translation>
    </message>
    <message>
        <source>Report short pick</source>
        <translation>Fehlmenge melden</translation>
    </message>
    <message>
        <source>%1 %2 of lot %3 were to pick at %4. How many did you find? The rest is released and the manager decides.</source>
        <translation>%1 %2 der Charge %3 waren auf %4 zu kommissionieren. Wie viel haben Sie gefunden? Die Reservierung des Rests wird aufgehoben; die Lagerleitung entscheidet.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
</context>
<context>
    <name>PageTabs</name>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
</context>
<context>
    <name>PickPanel</name>
    <message>
        <source>Picking order %1 for %2 — %3 line(s) to pick</source>
        <translation>Kommissionierung Auftrag %1 für %2 — %3 Position(en) offen</translation>
    </message>
    <message>
        <source>Choose an order on the left.</source>
        <translation>Wählen Sie links einen Auftrag.</translation>
    </message>
    <message>
        <source>Scan the case or the lot code</source>
        <translation>Karton oder Chargennummer scannen</translation>
    </message>
    <message>
        <source>Scan the picked case or lot</source>
        <translation>Kommissionierten Karton oder Charge scannen</translation>
    </message>
    <message>
        <source>Pick list in walking order</source>
        <translation>Pickliste in Laufreihenfolge</translation>
    </message>
    <message>
        <source>%1: lot %2, %3 %4 of %5, %6</source>
        <translation>%1: Charge %2, %3 %4 %5, %6</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>kommissioniert</translation>
    </message>
    <message>
        <source>to pick</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Lot %1 · expires %2</source>
        <translation>Charge %1 · Ablauf %2</translation>
    </message>
    <message>
        <source>Line %1 · %2 — %3</source>
        <translation>Position %1 · %2 — %3</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>Short…</source>
        <translation>Fehlmenge …</translation>
    </message>
    <message>
        <source>Report a short pick of lot %1</source>
        <translation>Fehlmenge bei Charge %1 melden</translation>
    </message>
    <message>
        <source>Nothing to pick</source>
        <translation>Nichts zu kommissionieren</translation>
    </message>
    <message>
        <source>Allocate the order first.</source>
        <translation>Teilen Sie dem Auftrag zuerst Bestand zu.</translation>
    </message>
    <message>
        <source>Choose an order.</source>
        <translation>Wählen Sie einen Auftrag.</translation>
    </message>
</context>
<context>
    <name>PlaceHoldDialog</name>
    <message>
        <source>Place a hold</source>
        <translation>Sperre setzen</translation>
    </message>
    <message>
        <source>Place hold</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>%1 · use by %2</source>
        <translation>%1 · verbrauchen bis %2</translation>
    </message>
    <message>
        <source>Type a lot code or product and choose the lot.</source>
        <translation>Chargennummer oder Artikel eingeben und die Charge wählen.</translation>
    </message>
    <message>
        <source>Choose another lot…</source>
        <translation>Andere Charge wählen …</translation>
    </message>
    <message>
        <source>Lot code or product</source>
        <translation>Chargennummer oder Artikel</translation>
    </message>
    <message>
        <source>Find the lot to hold</source>
        <translation>Zu sperrende Charge suchen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>The whole lot, everywhere</source>
        <translation>Die ganze Charge, überall</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>In words people will read on the holds register.</source>
        <translation>In Worten, die man im Sperrregister lesen wird.</translation>
    </message>
</context>
<context>
    <name>PlaceOrderDialog</name>
    <message>
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>Auftrag erfassen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Choose the customer…</source>
        <translation>Kunden wählen …</translation>
    </message>
    <message>
        <source>Product, line %1</source>
        <translation>Artikel, Position %1</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Artikel wählen …</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Requested ship date</source>
        <translation>Gewünschtes Versanddatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: today)</source>
        <translation>JJJJ-MM-TT (leer: heute)</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Bestellnummer des Kunden</translation>
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
    <name>QualityPage</name>
    <message>
        <source>Quality &amp; cold chain</source>
        <translation>Qualität &amp; Kühlkette</translation>
    </message>
    <message>
        <source>Holds wait here until QA checks the lot and releases it with a signature, or disposes of it.</source>
        <translation>Sperren warten hier, bis die QS die Charge prüft und mit Unterschrift freigibt oder über sie entscheidet.</translation>
    </message>
    <message>
        <source>Holds register</source>
        <translation>Sperrregister</translation>
    </message>
    <message>
        <source>Print open holds…</source>
        <translation>Offene Sperren drucken …</translation>
    </message>
    <message>
        <source>Open holds as PDF…</source>
        <translation>Offene Sperren als PDF …</translation>
    </message>
    <message>
        <source>Print all holds…</source>
        <translation>Alle Sperren drucken …</translation>
    </message>
    <message>
        <source>All holds as PDF…</source>
        <translation>Alle Sperren als PDF …</translation>
    </message>
    <message>
        <source>Place hold…</source>
        <translation>Sperre setzen …</translation>
    </message>
    <message>
        <source>You can look at the holds. %1 %2</source>
        <translation>Sie können die Sperren ansehen. %1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show holds: %1</source>
        <translation>Sperren zeigen: %1</translation>
    </message>
    <message>
        <source>Open holds, oldest first</source>
        <translation>Offene Sperren, älteste zuerst</translation>
    </message>
    <message>
        <source>Hold %1, %2 old, %3, lot %4, %5</source>
        <translation>Sperre %1, seit %2, %3, Charge %4, %5</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No open holds</source>
        <translation>Keine offenen Sperren</translation>
    </message>
    <message>
        <source>None with this cause.</source>
        <translation>Keine mit dieser Ursache.</translation>
    </message>
    <message>
        <source>Everything on hand may be sold.</source>
        <translation>Der ganze Bestand darf verkauft werden.</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Cold chain</source>
        <translation>Kühlkette</translation>
    </message>
</context>
<context>
    <name>QualityText</name>
    <message>
        <source>Placed by hand</source>
        <translation>Von Hand gesetzt</translation>
    </message>
    <message>
        <source>QC required on receipt</source>
        <translation>QS-Prüfung beim Eingang nötig</translation>
    </message>
    <message>
        <source>Failed quality check</source>
        <translation>Qualitätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>Temperature excursion</source>
        <translation>Temperaturabweichung</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Destroy (write off as waste)</source>
        <translation>Vernichten (als Abfall abschreiben)</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>An den Lieferanten zurück</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Nacharbeiten</translation>
    </message>
    <message>
        <source>Released — meets specification</source>
        <translation>Freigegeben — entspricht der Spezifikation</translation>
    </message>
    <message>
        <source>Released — deviation accepted after assessment</source>
        <translation>Freigegeben — Abweichung nach Bewertung akzeptiert</translation>
    </message>
    <message>
        <source>Released — hold placed in error</source>
        <translation>Freigegeben — Sperre irrtümlich gesetzt</translation>
    </message>
    <message>
        <source>Disposed — %1</source>
        <translation>Entschieden — %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Signed by %1 on %2: %3</source>
        <translation>Unterschrieben von %1 am %2: %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message>
        <source>Scan the case label</source>
        <translation>Kartonetikett scannen</translation>
    </message>
    <message>
        <source>Scan a GS1 barcode, or type it and press Enter</source>
        <translation>GS1-Barcode scannen oder eintippen und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Barcode scan</source>
        <translation>Barcode-Scan</translation>
    </message>
    <message>
        <source>A scan fills product, lot code, dates and quantity</source>
        <translation>Ein Scan füllt Artikel, Chargennummer, Daten und Menge aus</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Gelesen: %1</translation>
    </message>
    <message>
        <source>Define the product…</source>
        <translation>Artikel anlegen …</translation>
    </message>
    <message>
        <source>Ask a warehouse manager to add it to the catalog.</source>
        <translation>Bitten Sie eine Lagerleitung, ihn in den Katalog aufzunehmen.</translation>
    </message>
    <message>
        <source>The scanner&apos;s group separator is kept (shown as &lt;GS&gt;). Without a scanner, type the human-readable form, e.g. (01)…(17)…(10)….</source>
        <translation>Das Gruppentrennzeichen des Scanners bleibt erhalten (angezeigt als &lt;GS&gt;). Ohne Scanner die Klarschrift eintippen, z. B. (01)…(17)…(10)….</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity (%1)</source>
        <translation>Menge (%1)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Lot code (TLC)</source>
        <translation>Chargennummer (TLC)</translation>
    </message>
    <message>
        <source>empty: Tracelot assigns one</source>
        <translation>leer: Tracelot vergibt eine</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Verbrauchen bis</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Mindestens haltbar bis</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>Herstellungsdatum</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Eingang auf</translation>
    </message>
    <message>
        <source>Temperature at receipt (°C)</source>
        <translation>Temperatur beim Eingang (°C)</translation>
    </message>
    <message>
        <source>Reference document</source>
        <translation>Referenzbeleg</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Belegnummer</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Einbuchen</translation>
    </message>
    <message>
        <source>Enter in any field</source>
        <translation>Eingabetaste in jedem Feld</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Empties product, lot, dates and quantity; keeps supplier, location and document</source>
        <translation>Leert Artikel, Charge, Daten und Menge; Lieferant, Lagerplatz und Beleg bleiben</translation>
    </message>
    <message>
        <source>* required · Enter receives</source>
        <translation>* Pflichtfeld · Eingabetaste bucht ein</translation>
    </message>
    <message>
        <source>Just received</source>
        <translation>Soeben eingegangen</translation>
    </message>
    <message>
        <source>Nothing yet in this session. The lot you receive shows here with its labels.</source>
        <translation>In dieser Sitzung noch nichts. Die eingebuchte Charge erscheint hier mit ihren Etiketten.</translation>
    </message>
    <message>
        <source>Lot code %1</source>
        <translation>Chargennummer %1</translation>
    </message>
    <message>
        <source>Lot code assigned by Tracelot (the supplier gave none)</source>
        <translation>Chargennummer von Tracelot vergeben (der Lieferant gab keine an)</translation>
    </message>
    <message>
        <source>The supplier&apos;s lot code, kept as received</source>
        <translation>Die Chargennummer des Lieferanten, wie erhalten</translation>
    </message>
    <message>
        <source>%1 · %2 at %3</source>
        <translation>%1 · %2 auf %3</translation>
    </message>
    <message>
        <source>On QC hold %1: QA checks and releases it before it can be shipped.</source>
        <translation>QS-Sperre %1: Die QS prüft und gibt frei, bevor die Charge versandt werden kann.</translation>
    </message>
    <message>
        <source>Available: no quality hold.</source>
        <translation>Verfügbar: keine Qualitätssperre.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Case label, 4 × 6 in</source>
        <translation>Kartonetikett, 4 × 6 Zoll</translation>
    </message>
    <message>
        <source>Lot label, 100 × 50 mm</source>
        <translation>Chargenetikett, 100 × 50 mm</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Etiketten drucken …</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>Received in this session (%1)</source>
        <translation>In dieser Sitzung eingegangen (%1)</translation>
    </message>
    <message>
        <source>Each lot you receive is listed here, newest first.</source>
        <translation>Jede eingebuchte Charge steht hier, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Lots received in this session</source>
        <translation>In dieser Sitzung eingegangene Chargen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RecordCheckDialog</name>
    <message>
        <source>Quality check of lot %1</source>
        <translation>Qualitätsprüfung der Charge %1</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>Prüfung erfassen</translation>
    </message>
    <message>
        <source>%1 has no quality check defined yet. A QA technician defines its criteria first (pass/fail or measured with limits).</source>
        <translation>Für %1 ist noch keine Qualitätsprüfung festgelegt. Die QS legt zuerst die Kriterien fest (bestanden/nicht bestanden oder Messwert mit Grenzen).</translation>
    </message>
    <message>
        <source>%1 of %2 criteria answered — every one is required.</source>
        <translation>%1 von %2 Kriterien beantwortet — jedes ist Pflicht.</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>Grenzen: %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>%1: pass</source>
        <translation>%1: bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>%1: fail</source>
        <translation>%1: nicht bestanden</translation>
    </message>
    <message>
        <source>%1, measured in %2</source>
        <translation>%1, gemessen in %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Define the check…</source>
        <translation>Prüfung festlegen …</translation>
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
    <name>RequestReturnDialog</name>
    <message>
        <source>Request a return</source>
        <translation>Retoure anfragen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Delivered order</source>
        <translation>Zugestellter Auftrag</translation>
    </message>
    <message>
        <source>Choose the order…</source>
        <translation>Auftrag wählen …</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Lot %1 · %2 — %3 of %4 %5 may come back</source>
        <translation>Charge %1 · %2 — %3 von %4 %5 können zurückkommen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>RetryConflictDialog</name>
    <message>
        <source>Retry %1 differently</source>
        <translation>%1 anders wiederholen</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Erneut erfassen</translation>
    </message>
    <message>
        <source>It was refused because: %1</source>
        <translation>Abgelehnt, weil: %1</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Change what no longer holds (for example another location or a smaller quantity). Ctrl+Enter records it.</source>
        <translation>Ändern Sie, was nicht mehr zutrifft (zum Beispiel einen anderen Lagerplatz oder eine kleinere Menge). Strg+Eingabetaste erfasst es.</translation>
    </message>
    <message>
        <source>Values of the change, as JSON</source>
        <translation>Werte der Änderung, als JSON</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Delivered goods coming back: authorized, received into quarantine, inspected line by line, refunded.</source>
        <translation>Zurückkommende gelieferte Ware: genehmigt, ins Sperrlager angenommen, Position für Position geprüft, gutgeschrieben.</translation>
    </message>
    <message>
        <source>Request a return…</source>
        <translation>Retoure anfragen …</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>Alle Retouren</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>In quarantine</source>
        <translation>Im Sperrlager</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Return %1 of order %2, %3</source>
        <translation>Retoure %1 zu Auftrag %2, %3</translation>
    </message>
    <message>
        <source>%1 · order %2 · %3 line(s)</source>
        <translation>%1 · Auftrag %2 · %3 Position(en)</translation>
    </message>
    <message>
        <source>No returns</source>
        <translation>Keine Retouren</translation>
    </message>
    <message>
        <source>Returns are requested from delivered orders.</source>
        <translation>Retouren werden aus zugestellten Aufträgen angefragt.</translation>
    </message>
    <message>
        <source>No return open</source>
        <translation>Keine Retoure geöffnet</translation>
    </message>
    <message>
        <source>Choose a return on the left.</source>
        <translation>Wählen Sie links eine Retoure.</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Retoure %1</translation>
    </message>
    <message>
        <source>Order %1 · reason: %2%3%4</source>
        <translation>Auftrag %1 · Grund: %2%3%4</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · received into %1</source>
        <translation> · angenommen in %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>Gutgeschrieben: %1</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <source>Receive into quarantine…</source>
        <translation>Ins Sperrlager annehmen …</translation>
    </message>
    <message>
        <source>Record refund…</source>
        <translation>Gutschrift erfassen …</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>%1. Lot %2 · %3 · %4 %5</source>
        <translation>%1. Charge %2 · %3 · %4 %5</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>Prüfen …</translation>
    </message>
    <message>
        <source>Reject return %1</source>
        <translation>Retoure %1 ablehnen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Receive return %1</source>
        <translation>Retoure %1 annehmen</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>The goods go into a quarantine location and every line is held until QA inspects it.</source>
        <translation>Die Ware kommt ins Sperrlager, und jede Position bleibt gesperrt, bis die QS sie prüft.</translation>
    </message>
    <message>
        <source>Quarantine location</source>
        <translation>Sperrlagerplatz</translation>
    </message>
    <message>
        <source>Refund for return %1</source>
        <translation>Gutschrift für Retoure %1</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Gutschrift erfassen</translation>
    </message>
    <message>
        <source>The payment itself happens outside Tracelot; this records it on the return.</source>
        <translation>Die Zahlung selbst erfolgt außerhalb von Tracelot; hier wird sie an der Retoure vermerkt.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>12.50</source>
        <translation>12,50</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Credit note or payment reference</source>
        <translation>Gutschrift- oder Zahlungsreferenz</translation>
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
    <name>ShipOrderDialog</name>
    <message>
        <source>Ship order %1</source>
        <translation>Auftrag %1 versenden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <source>Print packing slip…</source>
        <translation>Lieferschein drucken …</translation>
    </message>
    <message>
        <source>Packing slip as PDF…</source>
        <translation>Lieferschein als PDF …</translation>
    </message>
    <message>
        <source>Every picked lot leaves the stock; the shipment records each lot&apos;s TLC, quantity, ship-from and ship-to for FSMA 204.</source>
        <translation>Jede kommissionierte Charge wird ausgebucht; der Versand hält für FSMA 204 TLC, Menge, Versand- und Empfangsort jeder Charge fest.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Reference document</source>
        <translation>Referenzbeleg</translation>
    </message>
    <message>
        <source>Its number</source>
        <translation>Belegnummer</translation>
    </message>
</context>
<context>
    <name>SignReleaseDialog</name>
    <message>
        <source>Sign and release hold %1</source>
        <translation>Sperre %1 unterschreiben und freigeben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sign and release</source>
        <translation>Unterschreiben und freigeben</translation>
    </message>
    <message>
        <source>No passed quality check is recorded for this lot. Release only if you have assessed it otherwise, and choose the meaning that says so.</source>
        <translation>Für diese Charge ist keine bestandene Qualitätsprüfung erfasst. Geben Sie nur frei, wenn Sie sie anders bewertet haben, und wählen Sie die Bedeutung, die das sagt.</translation>
    </message>
    <message>
        <source>Meaning of your signature</source>
        <translation>Bedeutung Ihrer Unterschrift</translation>
    </message>
    <message>
        <source>Your password (%1)</source>
        <translation>Ihr Passwort (%1)</translation>
    </message>
    <message>
        <source>Entered now to sign; never stored. Signing binds your name, the time (UTC) and the meaning to this exact record.</source>
        <translation>Jetzt zur Unterschrift eingegeben; wird nie gespeichert. Die Unterschrift bindet Ihren Namen, die Zeit (UTC) und die Bedeutung an genau diesen Datensatz.</translation>
    </message>
    <message>
        <source>Hold %1 is released. The stock can be allocated again.</source>
        <translation>Sperre %1 ist freigegeben. Der Bestand kann wieder zugeteilt werden.</translation>
    </message>
    <message>
        <source>Show the certificate of release…</source>
        <translation>Freigabezertifikat zeigen …</translation>
    </message>
</context>
<context>
    <name>SignatureBlock</name>
    <message>
        <source>Meaning: %1</source>
        <translation>Bedeutung: %1</translation>
    </message>
    <message>
        <source>Signed record SHA-256: %1</source>
        <translation>SHA-256 des unterschriebenen Datensatzes: %1</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split lot %1</source>
        <translation>Charge %1 teilen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>The new lot keeps the lot code %1, its dates and its supplier; it starts where the stock is split.</source>
        <translation>Die neue Charge behält die Chargennummer %1, ihre Daten und ihren Lieferanten; sie beginnt dort, wo der Bestand geteilt wird.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Quantity for the new lot (%1)</source>
        <translation>Menge für die neue Charge (%1)</translation>
    </message>
    <message>
        <source>Less than what is there: splitting off all of it is a move.</source>
        <translation>Weniger als vorhanden: alles abzuteilen ist eine Umlagerung.</translation>
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
</context>
<context>
    <name>StockPanel</name>
    <message>
        <source>Lot code or product</source>
        <translation>Chargennummer oder Artikel</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Search lots by lot code or product</source>
        <translation>Chargen nach Chargennummer oder Artikel suchen</translation>
    </message>
    <message>
        <source>Filter by product</source>
        <translation>Nach Artikel filtern</translation>
    </message>
    <message>
        <source>Filter by location</source>
        <translation>Nach Lagerplatz filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by use-by date</source>
        <translation>Nach Verbrauchsdatum filtern</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>%1 of %2 lots loaded</source>
        <translation>%1 von %2 Chargen geladen</translation>
    </message>
    <message>
        <source>%1 lots</source>
        <translation>%1 Chargen</translation>
    </message>
    <message>
        <source>First expired, first out: the list is in the order lots should leave.</source>
        <translation>First expired, first out: Die Liste steht in der Reihenfolge, in der Chargen das Lager verlassen sollen.</translation>
    </message>
    <message>
        <source>Raise expiry warnings</source>
        <translation>Ablaufwarnungen auslösen</translation>
    </message>
    <message>
        <source>Records a warning on every lot that has entered its product&apos;s warning window</source>
        <translation>Bucht eine Warnung auf jede Charge, die das Warnfenster ihres Artikels erreicht hat</translation>
    </message>
    <message>
        <source>Lots in first-expired-first-out order</source>
        <translation>Chargen in FEFO-Reihenfolge</translation>
    </message>
    <message>
        <source>No lot matches</source>
        <translation>Keine Charge passt</translation>
    </message>
    <message>
        <source>No stock yet</source>
        <translation>Noch kein Bestand</translation>
    </message>
    <message>
        <source>Try another filter, or show all lots.</source>
        <translation>Versuchen Sie einen anderen Filter oder zeigen Sie alle Chargen.</translation>
    </message>
    <message>
        <source>Lots appear here as they are received at the dock.</source>
        <translation>Chargen erscheinen hier, sobald sie an der Rampe eingehen.</translation>
    </message>
</context>
<context>
    <name>SyncConflictsPanel</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>%1 by %2, %3: %4</source>
        <translation>%1 von %2, %3: %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sync conflicts</source>
        <translation>Keine Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Everything recorded here still holds after the last sync.</source>
        <translation>Alles hier Erfasste gilt auch nach der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>%1 could not be kept</source>
        <translation>%1 konnte nicht übernommen werden</translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation>Was versucht wurde</translation>
    </message>
    <message>
        <source>%1, recorded by %2 on this workstation at %3.</source>
        <translation>%1, erfasst von %2 an diesem Arbeitsplatz am %3.</translation>
    </message>
    <message>
        <source>Why it no longer holds</source>
        <translation>Warum es nicht mehr gilt</translation>
    </message>
    <message>
        <source>What the other side did</source>
        <translation>Was die Gegenseite getan hat</translation>
    </message>
    <message>
        <source>Nothing another workstation recorded on the same records was found; the rule itself refused the change.</source>
        <translation>Kein anderer Arbeitsplatz hat dieselben Datensätze geändert; die Regel selbst hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 recorded %2 at %3 (%4).</source>
        <translation>%1 hat am %3 %2 erfasst (%4).</translation>
    </message>
    <message>
        <source>%1 recorded %2 at %3.</source>
        <translation>%1 hat am %3 %2 erfasst.</translation>
    </message>
    <message>
        <source>Retry differently…</source>
        <translation>Anders wiederholen …</translation>
    </message>
    <message>
        <source>Retry this change with different values</source>
        <translation>Diese Änderung mit anderen Werten wiederholen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard this change</source>
        <translation>Diese Änderung verwerfen</translation>
    </message>
    <message>
        <source>Resolved: recorded again with changed values.</source>
        <translation>Gelöst: mit geänderten Werten erneut erfasst.</translation>
    </message>
    <message>
        <source>Resolved: discarded.</source>
        <translation>Gelöst: verworfen.</translation>
    </message>
    <message>
        <source>Select a conflict</source>
        <translation>Wählen Sie einen Konflikt</translation>
    </message>
    <message>
        <source>When a change recorded here is refused after sync, it waits here until someone retries it differently or discards it.</source>
        <translation>Wird eine hier erfasste Änderung nach der Synchronisierung abgelehnt, wartet sie hier, bis jemand sie anders wiederholt oder verwirft.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPanel</name>
    <message>
        <source>This workstation</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>the system&apos;s trusted authorities</source>
        <translation>die vertrauenswürdigen Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Noch zu senden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Stops syncing. Changes waiting to be sent stay here until the workstation is enrolled again.</source>
        <translation>Beendet die Synchronisierung. Noch nicht gesendete Änderungen bleiben hier, bis der Arbeitsplatz erneut registriert ist.</translation>
    </message>
    <message>
        <source>Parked batches</source>
        <translation>Zurückgestellte Pakete</translation>
    </message>
    <message>
        <source>None. A batch that fails to send several times in a row is parked here with its last error; nothing is dropped.</source>
        <translation>Keine. Ein Paket, dessen Versand mehrmals hintereinander scheitert, wird hier mit seinem letzten Fehler zurückgestellt; nichts geht verloren.</translation>
    </message>
    <message>
        <source>These changes failed to send several times in a row. They are kept; Retry now sends them again.</source>
        <translation>Der Versand dieser Änderungen ist mehrmals hintereinander gescheitert. Sie bleiben erhalten; „Jetzt wiederholen“ sendet sie erneut.</translation>
    </message>
    <message>
        <source>#%1 %2 — %3 attempts, parked %4: %5</source>
        <translation>#%1 %2 — %3 Versuche, zurückgestellt %4: %5</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation>Erneut registrieren</translation>
    </message>
    <message>
        <source>Enrol with a sync server</source>
        <translation>Bei einem Synchronisierungsserver registrieren</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>HTTPS only, e.g. https://sync.example.com:8443</source>
        <translation>Nur HTTPS, z. B. https://sync.example.com:8443</translation>
    </message>
    <message>
        <source>CA certificate or pinned server certificate</source>
        <translation>CA-Zertifikat oder fest hinterlegtes Serverzertifikat</translation>
    </message>
    <message>
        <source>Path of a PEM file. Leave empty to trust the system&apos;s authorities. Certificate errors are never ignored.</source>
        <translation>Pfad einer PEM-Datei. Leer lassen, um den Zertifizierungsstellen des Systems zu vertrauen. Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>/etc/tracelot/sync-ca.pem</source>
        <translation>/etc/tracelot/sync-ca.pem</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <source>The one-time code the server&apos;s administrator issued for this workstation.</source>
        <translation>Der Einmalcode, den die Administration des Servers für diesen Arbeitsplatz ausgestellt hat.</translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation>Name des Arbeitsplatzes</translation>
    </message>
    <message>
        <source>How the server lists this workstation.</source>
        <translation>So führt der Server diesen Arbeitsplatz.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Wird registriert …</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Registrieren</translation>
    </message>
</context>
<context>
    <name>TraceabilityPage</name>
    <message>
        <source>Traceability &amp; recall</source>
        <translation>Rückverfolgung &amp; Rückruf</translation>
    </message>
    <message>
        <source>Where a lot came from and where it went, in milliseconds; recalls from scope to signed close.</source>
        <translation>Woher eine Charge kam und wohin sie ging, in Millisekunden; Rückrufe vom Umfang bis zum unterschriebenen Abschluss.</translation>
    </message>
    <message>
        <source>FSMA 204 export…</source>
        <translation>FSMA-204-Export …</translation>
    </message>
    <message>
        <source>Initiate recall…</source>
        <translation>Rückruf einleiten …</translation>
    </message>
    <message>
        <source>You can trace and export. %1</source>
        <translation>Sie können verfolgen und exportieren. %1</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Verfolgung</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Rückrufe</translation>
    </message>
    <message>
        <source>FSMA 204</source>
        <translation>FSMA 204</translation>
    </message>
    <message>
        <source>Lot, traceability lot code or order (backward)</source>
        <translation>Charge, TLC oder Auftrag (rückwärts)</translation>
    </message>
    <message>
        <source>Lot, traceability lot code or order to trace</source>
        <translation>Zu verfolgende Charge, TLC oder Auftrag</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Trace forward: where it went</source>
        <translation>Vorwärts verfolgen: wohin es ging</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>Trace backward: where it came from</source>
        <translation>Rückwärts verfolgen: woher es kam</translation>
    </message>
    <message>
        <source>Trace tree, forward</source>
        <translation>Verfolgungsbaum, vorwärts</translation>
    </message>
    <message>
        <source>Trace tree, backward</source>
        <translation>Verfolgungsbaum, rückwärts</translation>
    </message>
    <message>
        <source>Nothing traced yet</source>
        <translation>Noch nichts verfolgt</translation>
    </message>
    <message>
        <source>Scan or type a lot, a supplier&apos;s lot code or an order, then press Enter.</source>
        <translation>Scannen oder tippen Sie eine Charge, eine Chargennummer des Lieferanten oder einen Auftrag ein und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>Customers (%1)</source>
        <translation>Kunden (%1)</translation>
    </message>
    <message>
        <source>Receipts and suppliers (%1)</source>
        <translation>Wareneingänge und Lieferanten (%1)</translation>
    </message>
    <message>
        <source>Customers with quantities</source>
        <translation>Kunden mit Mengen</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Recalls, newest first</source>
        <translation>Rückrufe, neueste zuerst</translation>
    </message>
    <message>
        <source>Recall %1, class %2, %3, %4</source>
        <translation>Rückruf %1, Klasse %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 — class %2 — %3%4</source>
        <translation>%1 — Klasse %2 — %3%4</translation>
    </message>
    <message>
        <source> (drill)</source>
        <translation> (Übung)</translation>
    </message>
    <message>
        <source>No recalls</source>
        <translation>Keine Rückrufe</translation>
    </message>
    <message>
        <source>Start one, or a drill, with “Initiate recall”.</source>
        <translation>Starten Sie einen Rückruf oder eine Übung mit „Rückruf einleiten“.</translation>
    </message>
    <message>
        <source>Recall %1 — class %2%3</source>
        <translation>Rückruf %1 — Klasse %2%3</translation>
    </message>
    <message>
        <source> — mock recall (drill)</source>
        <translation> — Rückruftest (Übung)</translation>
    </message>
    <message>
        <source>Customer notified…</source>
        <translation>Kunde benachrichtigt …</translation>
    </message>
    <message>
        <source>Recovery…</source>
        <translation>Rückholung …</translation>
    </message>
    <message>
        <source>Close recall…</source>
        <translation>Rückruf abschließen …</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Bericht drucken …</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern …</translation>
    </message>
    <message>
        <source>Affected customers</source>
        <translation>Betroffene Kunden</translation>
    </message>
    <message>
        <source>Affected customers, what they got and what is accounted for</source>
        <translation>Betroffene Kunden, was sie erhalten haben und was davon geklärt ist</translation>
    </message>
    <message>
        <source>%1, %2: shipped %3, remainder %4, notified %5</source>
        <translation>%1, %2: versandt %3, Rest %4, benachrichtigt %5</translation>
    </message>
    <message>
        <source>%1 — %2 — shipped %3</source>
        <translation>%1 — %2 — versandt %3</translation>
    </message>
    <message>
        <source>returned %1, destroyed %2, unrecoverable %3, remainder %4 — notified: %5</source>
        <translation>zurück %1, vernichtet %2, nicht rückholbar %3, Rest %4 — benachrichtigt: %5</translation>
    </message>
    <message>
        <source>Choose a recall</source>
        <translation>Wählen Sie einen Rückruf</translation>
    </message>
    <message>
        <source>Its customers, recovery and holds are shown here.</source>
        <translation>Seine Kunden, die Rückholung und die Sperren erscheinen hier.</translation>
    </message>
    <message>
        <source>The electronic sortable spreadsheet FDA can ask for within 24 hours (21 CFR 1.1455): one row per critical tracking event — receiving, shipping and transformation — with every key data element in its own column. XLSX has one sheet per event type and a legend.</source>
        <translation>Die elektronische sortierbare Tabelle, die die FDA innerhalb von 24 Stunden anfordern kann (21 CFR 1.1455): eine Zeile je Critical Tracking Event (CTE) — Wareneingang, Versand und Umarbeitung — mit jedem Key Data Element (KDE) in einer eigenen Spalte. XLSX hat ein Blatt je Ereignisart und eine Legende.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>%1: shipped %2, returned %3, %4 shipment(s) — %5</source>
        <translation>%1: versandt %2, zurück %3, %4 Sendung(en) — %5</translation>
    </message>
    <message>
        <source>%1: %2 received %3 — %4</source>
        <translation>%1: %2 eingegangen am %3 — %4</translation>
    </message>
    <message>
        <source>Initiate a recall</source>
        <translation>Rückruf einleiten</translation>
    </message>
    <message>
        <source>Recall and hold stock</source>
        <translation>Zurückrufen und Bestand sperren</translation>
    </message>
    <message>
        <source>Show the scope</source>
        <translation>Umfang zeigen</translation>
    </message>
    <message>
        <source>Lot or traceability lot code</source>
        <translation>Charge oder TLC</translation>
    </message>
    <message>
        <source>Product code (when the lot code is used for several)</source>
        <translation>Artikelnummer (wenn die Chargennummer bei mehreren Artikeln vorkommt)</translation>
    </message>
    <message>
        <source>Reason, as the customers will be told</source>
        <translation>Grund, wie er den Kunden mitgeteilt wird</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Class I — serious health hazard</source>
        <translation>Klasse I — ernste Gesundheitsgefahr</translation>
    </message>
    <message>
        <source>Class II — temporary or remote hazard</source>
        <translation>Klasse II — vorübergehende oder unwahrscheinliche Gefahr</translation>
    </message>
    <message>
        <source>Class III — unlikely to cause harm</source>
        <translation>Klasse III — voraussichtlich kein Schaden</translation>
    </message>
    <message>
        <source>Mock recall (drill): the same flow, timed and marked as a drill</source>
        <translation>Rückruftest (Übung): derselbe Ablauf, mit Zeitmessung und als Übung gekennzeichnet</translation>
    </message>
    <message>
        <source>Customer notified — %1</source>
        <translation>Kunde benachrichtigt — %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Whom (name, phone number or address)</source>
        <translation>Wen (Name, Telefonnummer oder Adresse)</translation>
    </message>
    <message>
        <source>Recovery from %1 — %2</source>
        <translation>Rückholung von %1 — %2</translation>
    </message>
    <message>
        <source>Shipped %1; give what is accounted for so far.</source>
        <translation>Versandt: %1; geben Sie an, was bisher geklärt ist.</translation>
    </message>
    <message>
        <source>Returned to us</source>
        <translation>An uns zurückgegeben</translation>
    </message>
    <message>
        <source>Destroyed at the customer</source>
        <translation>Beim Kunden vernichtet</translation>
    </message>
    <message>
        <source>Consumed or unrecoverable</source>
        <translation>Verbraucht oder nicht rückholbar</translation>
    </message>
    <message>
        <source>Close recall %1</source>
        <translation>Rückruf %1 abschließen</translation>
    </message>
    <message>
        <source>Sign write-off and close</source>
        <translation>Abschreibung unterschreiben und abschließen</translation>
    </message>
    <message>
        <source>Close recall</source>
        <translation>Rückruf abschließen</translation>
    </message>
    <message>
        <source>Why the remainder is written off</source>
        <translation>Warum der Rest abgeschrieben wird</translation>
    </message>
    <message>
        <source>Record SHA-256: %1</source>
        <translation>SHA-256 des Datensatzes: %1</translation>
    </message>
    <message>
        <source>Your password (%1)</source>
        <translation>Ihr Passwort (%1)</translation>
    </message>
    <message>
        <source>Entered now to sign the write-off; never stored.</source>
        <translation>Jetzt zur Unterschrift der Abschreibung eingegeben; wird nie gespeichert.</translation>
    </message>
    <message>
        <source>FSMA 204 sortable spreadsheet</source>
        <translation>Sortierbare Tabelle nach FSMA 204</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Von (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Products (codes, comma separated; empty: all)</source>
        <translation>Artikel (Artikelnummern, durch Komma getrennt; leer: alle)</translation>
    </message>
    <message>
        <source>Traceability lot codes (comma separated; instead of dates)</source>
        <translation>Chargennummern (TLC, durch Komma getrennt; statt Datumsangaben)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>XLSX (one sheet per event type, legend)</source>
        <translation>XLSX (ein Blatt je Ereignisart, Legende)</translation>
    </message>
    <message>
        <source>CSV (one file)</source>
        <translation>CSV (eine Datei)</translation>
    </message>
</context>
<context>
    <name>TransformDialog</name>
    <message>
        <source>Transform from lot %1</source>
        <translation>Aus Charge %1 umarbeiten</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Repack</source>
        <translation>Umpacken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Two or more lots become one new lot.</source>
        <translation>Zwei oder mehr Chargen werden zu einer neuen Charge.</translation>
    </message>
    <message>
        <source>One lot is repacked into a new lot (new lot code).</source>
        <translation>Eine Charge wird in eine neue Charge umgepackt (neue Chargennummer).</translation>
    </message>
    <message>
        <source>Inputs: the quantity used of each</source>
        <translation>Eingänge: die verwendete Menge von jedem</translation>
    </message>
    <message>
        <source>%1 at %2 (%3 there)</source>
        <translation>%1 auf %2 (%3 dort)</translation>
    </message>
    <message>
        <source>Quantity used of lot %1 at %2</source>
        <translation>Verwendete Menge der Charge %1 auf %2</translation>
    </message>
    <message>
        <source>Remove input %1</source>
        <translation>Eingang %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this input</source>
        <translation>Diesen Eingang entfernen</translation>
    </message>
    <message>
        <source>Add an input lot: lot code or product</source>
        <translation>Eingangscharge hinzufügen: Chargennummer oder Artikel</translation>
    </message>
    <message>
        <source>Find a lot to add as input</source>
        <translation>Charge als Eingang suchen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Product of the new lot</source>
        <translation>Artikel der neuen Charge</translation>
    </message>
    <message>
        <source>Quantity of the new lot</source>
        <translation>Menge der neuen Charge</translation>
    </message>
    <message>
        <source>Where the new lot is</source>
        <translation>Lagerplatz der neuen Charge</translation>
    </message>
    <message>
        <source>Use by of the new lot</source>
        <translation>Verbrauchen bis (neue Charge)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>WasteDialog</name>
    <message>
        <source>Write off from lot %1</source>
        <translation>Aus Charge %1 abschreiben</translation>
    </message>
    <message>
        <source>Record waste</source>
        <translation>Abschreibung buchen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Quantity (%1)</source>
        <translation>Menge (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Required for “Other”.</source>
        <translation>Pflicht bei „Sonstiges“.</translation>
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
    <name>tracelot::ui::CheckForm</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>This product has no quality check defined yet; a QA technician defines it first.</source>
        <translation>Für diesen Artikel ist noch keine Qualitätsprüfung festgelegt; die QS legt sie zuerst fest.</translation>
    </message>
    <message>
        <source>“%1” has not been checked yet: every criterion must be tested before the check is recorded.</source>
        <translation>„%1“ ist noch nicht geprüft: Jedes Kriterium muss geprüft sein, bevor die Prüfung erfasst wird.</translation>
    </message>
    <message>
        <source>“%1” needs a measured number, e.g. 3.5.</source>
        <translation>„%1“ braucht einen Messwert, z. B. 3,5.</translation>
    </message>
    <message>
        <source>The check passed. The lot can now be released with a signature.</source>
        <translation>Die Prüfung ist bestanden. Die Charge kann jetzt mit Unterschrift freigegeben werden.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>Die Prüfung ist nicht bestanden.</translation>
    </message>
    <message>
        <source>The check failed; the lot is on hold %1.</source>
        <translation>Die Prüfung ist nicht bestanden; die Charge ist mit %1 gesperrt.</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::CheckTemplateForm</name>
    <message>
        <source>Pass or fail</source>
        <translation>Bestanden oder nicht</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Defining a quality check</source>
        <translation>Das Festlegen einer Qualitätsprüfung</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Criterion %1 needs a name.</source>
        <translation>Kriterium %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is measured: give a lower limit, an upper limit, or both.</source>
        <translation>„%1“ wird gemessen: Geben Sie eine Untergrenze, eine Obergrenze oder beide an.</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::ColdChainViewModel</name>
    <message>
        <source>Out of range</source>
        <translation>Außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>Monitoring gap</source>
        <translation>Überwachungslücke</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>Recording corrective actions and importing data-logger files</source>
        <translation>Das Erfassen von Korrekturmaßnahmen und Importieren von Datenlogger-Dateien</translation>
    </message>
    <message>
        <source>Readings from %1 to %2: %3 — lowest %4 °C, highest %5 °C, mean %6 °C.</source>
        <translation>Messwerte von %1 bis %2: %3 — niedrigster %4 °C, höchster %5 °C, Mittel %6 °C.</translation>
    </message>
    <message>
        <source>No readings in the days shown. Import the data-logger file of this location.</source>
        <translation>Keine Messwerte in den angezeigten Tagen. Importieren Sie die Datenlogger-Datei dieses Lagerplatzes.</translation>
    </message>
    <message>
        <source>%1 on lot %2 (open)</source>
        <translation>%1 auf Charge %2 (offen)</translation>
    </message>
    <message>
        <source>%1 on lot %2 (closed)</source>
        <translation>%1 auf Charge %2 (geschlossen)</translation>
    </message>
    <message>
        <source>No stock was in the location; no hold.</source>
        <translation>Am Lagerplatz war kein Bestand; keine Sperre.</translation>
    </message>
    <message>
        <source>Say what was done about the excursion.</source>
        <translation>Schreiben Sie, was gegen die Abweichung unternommen wurde.</translation>
    </message>
    <message>
        <source>Corrective action recorded.</source>
        <translation>Korrekturmaßnahme erfasst.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Choose the location the data logger was in.</source>
        <translation>Wählen Sie den Lagerplatz, an dem der Datenlogger war.</translation>
    </message>
    <message>
        <source>Readings imported; no excursion.</source>
        <translation>Messwerte importiert; keine Abweichung.</translation>
    </message>
    <message>
        <source>Readings imported. Excursions detected: %1; holds placed: %2.</source>
        <translation>Messwerte importiert. Erkannte Abweichungen: %1; gesetzte Sperren: %2.</translation>
    </message>
    <message>
        <source>Choose a monitored location first.</source>
        <translation>Wählen Sie zuerst einen überwachten Lagerplatz.</translation>
    </message>
    <message>
        <source>Print the HACCP temperature record</source>
        <translation>HACCP-Temperaturprotokoll drucken</translation>
    </message>
    <message>
        <source>HACCP temperature record sent to the printer.</source>
        <translation>HACCP-Temperaturprotokoll an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>HACCP temperature record saved to %1.</source>
        <translation>HACCP-Temperaturprotokoll gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Save the HACCP temperature record as PDF</source>
        <translation>HACCP-Temperaturprotokoll als PDF speichern</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::CommandViewModel</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The password is not correct, so nothing was signed. This attempt has been logged.</source>
        <translation>Das Passwort ist nicht richtig, daher wurde nichts unterschrieben. Dieser Versuch wurde protokolliert.</translation>
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
    <name>tracelot::ui::LotActions</name>
    <message>
        <source>Moving, counting, waste and splits</source>
        <translation>Umlagern, Zählen, Abschreiben und Teilen</translation>
    </message>
    <message>
        <source>A transformation</source>
        <translation>Eine Umarbeitung</translation>
    </message>
    <message>
        <source>Enter the quantity to move as a whole number above zero.</source>
        <translation>Geben Sie die umzulagernde Menge als ganze Zahl über null ein.</translation>
    </message>
    <message>
        <source>Choose where the stock is now.</source>
        <translation>Wählen Sie, wo der Bestand jetzt ist.</translation>
    </message>
    <message>
        <source>Choose where the stock goes.</source>
        <translation>Wählen Sie, wohin der Bestand kommt.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Umgelagert.</translation>
    </message>
    <message>
        <source>Enter what you counted as a whole number (0 when nothing is left).</source>
        <translation>Geben Sie die gezählte Menge als ganze Zahl ein (0, wenn nichts mehr da ist).</translation>
    </message>
    <message>
        <source>Choose where you counted.</source>
        <translation>Wählen Sie, wo Sie gezählt haben.</translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation>Wählen Sie den Grund.</translation>
    </message>
    <message>
        <source>Count recorded.</source>
        <translation>Zählung gebucht.</translation>
    </message>
    <message>
        <source>Enter the quantity written off as a whole number above zero.</source>
        <translation>Geben Sie die abgeschriebene Menge als ganze Zahl über null ein.</translation>
    </message>
    <message>
        <source>Choose where the waste is.</source>
        <translation>Wählen Sie, wo der Abfall ist.</translation>
    </message>
    <message>
        <source>Say what happened in the note.</source>
        <translation>Schreiben Sie in die Notiz, was passiert ist.</translation>
    </message>
    <message>
        <source>Waste recorded.</source>
        <translation>Abschreibung gebucht.</translation>
    </message>
    <message>
        <source>Enter the quantity for the new lot as a whole number above zero.</source>
        <translation>Geben Sie die Menge für die neue Charge als ganze Zahl über null ein.</translation>
    </message>
    <message>
        <source>Choose where the stock is split.</source>
        <translation>Wählen Sie, wo der Bestand geteilt wird.</translation>
    </message>
    <message>
        <source>Split off into a new lot with the same lot code.</source>
        <translation>In eine neue Charge mit derselben Chargennummer abgeteilt.</translation>
    </message>
    <message>
        <source>Add the lots that go into the new lot.</source>
        <translation>Fügen Sie die Chargen hinzu, die in die neue Charge eingehen.</translation>
    </message>
    <message>
        <source>Enter the quantity used of lot %1 as a whole number above zero.</source>
        <translation>Geben Sie die verwendete Menge der Charge %1 als ganze Zahl über null ein.</translation>
    </message>
    <message>
        <source>Choose the product of the new lot.</source>
        <translation>Wählen Sie den Artikel der neuen Charge.</translation>
    </message>
    <message>
        <source>Enter the quantity of the new lot as a whole number above zero.</source>
        <translation>Geben Sie die Menge der neuen Charge als ganze Zahl über null ein.</translation>
    </message>
    <message>
        <source>Choose where the new lot is.</source>
        <translation>Wählen Sie den Lagerplatz der neuen Charge.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Merged into a new lot.</source>
        <translation>Zu einer neuen Charge zusammengeführt.</translation>
    </message>
    <message>
        <source>Repacked into a new lot.</source>
        <translation>In eine neue Charge umgepackt.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Default and latest allowed: %1 (the earliest input)</source>
        <translation>Vorgabe und spätestens erlaubt: %1 (der früheste Eingang)</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::LotLabelPrinter</name>
    <message>
        <source>Print labels</source>
        <translation>Etiketten drucken</translation>
    </message>
    <message>
        <source>Labels for lot %1 sent to the printer.</source>
        <translation>Etiketten für Charge %1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Labels saved to %1.</source>
        <translation>Etiketten gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Etiketten als PDF speichern</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::OrdersViewModel</name>
    <message>
        <source>Placed</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Kommissioniert</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>In the warehouse</source>
        <translation>Im Lager</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>line cancelled</source>
        <translation>Position storniert</translation>
    </message>
    <message>
        <source>%1 %2 backordered</source>
        <translation>%1 %2 im Rückstand</translation>
    </message>
    <message>
        <source>short pick: %1 %2 missing, waits for the manager</source>
        <translation>Fehlmenge: %1 %2 fehlen, wartet auf die Lagerleitung</translation>
    </message>
    <message>
        <source>%1 %2 lost to hold %3: re-allocate</source>
        <translation>%1 %2 durch Sperre %3 verloren: neu zuteilen</translation>
    </message>
    <message>
        <source>%1 %2 not allocated</source>
        <translation>%1 %2 nicht zugeteilt</translation>
    </message>
    <message>
        <source>Bill of lading</source>
        <translation>Frachtbrief</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Placing an order</source>
        <translation>Das Erfassen eines Auftrags</translation>
    </message>
    <message>
        <source>Confirming an order</source>
        <translation>Das Bestätigen eines Auftrags</translation>
    </message>
    <message>
        <source>Allocating stock</source>
        <translation>Das Zuteilen von Bestand</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Das Kommissionieren</translation>
    </message>
    <message>
        <source>Reporting a short pick</source>
        <translation>Das Melden einer Fehlmenge</translation>
    </message>
    <message>
        <source>Resolving a short pick</source>
        <translation>Das Klären einer Fehlmenge</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Der Versand</translation>
    </message>
    <message>
        <source>Recording a delivery</source>
        <translation>Das Erfassen einer Zustellung</translation>
    </message>
    <message>
        <source>Cancelling an order</source>
        <translation>Das Stornieren eines Auftrags</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>Wählen Sie den Kunden.</translation>
    </message>
    <message>
        <source>Order %1 placed.</source>
        <translation>Auftrag %1 erfasst.</translation>
    </message>
    <message>
        <source>Order %1 confirmed.</source>
        <translation>Auftrag %1 bestätigt.</translation>
    </message>
    <message>
        <source>Order %1 allocated first-expired-first-out.</source>
        <translation>Auftrag %1 nach FEFO zugeteilt.</translation>
    </message>
    <message>
        <source>Order %1 is partly allocated: the shortfall is shown on its lines.</source>
        <translation>Auftrag %1 ist teilweise zugeteilt: Die Fehlmenge steht bei den Positionen.</translation>
    </message>
    <message>
        <source>Open an order to pick first.</source>
        <translation>Öffnen Sie zuerst einen Auftrag zum Kommissionieren.</translation>
    </message>
    <message>
        <source>Picked %1 of lot %2 for line %3.</source>
        <translation>%1 der Charge %2 für Position %3 kommissioniert.</translation>
    </message>
    <message>
        <source>Pick confirmed.</source>
        <translation>Kommissionierung bestätigt.</translation>
    </message>
    <message>
        <source>Choose the pick line that came up short.</source>
        <translation>Wählen Sie die Pickposition mit der Fehlmenge.</translation>
    </message>
    <message>
        <source>Short pick of lot %1 reported: the manager decides what happens to line %2.</source>
        <translation>Fehlmenge bei Charge %1 gemeldet: Die Lagerleitung entscheidet über Position %2.</translation>
    </message>
    <message>
        <source>Line %1 resolved.</source>
        <translation>Position %1 geklärt.</translation>
    </message>
    <message>
        <source>Order %1 shipped: print the packing slip for the driver.</source>
        <translation>Auftrag %1 versandt: Drucken Sie den Lieferschein für den Fahrer.</translation>
    </message>
    <message>
        <source>Order %1 delivered.</source>
        <translation>Auftrag %1 zugestellt.</translation>
    </message>
    <message>
        <source>Order %1 cancelled; its reservations are released.</source>
        <translation>Auftrag %1 storniert; seine Reservierungen sind aufgehoben.</translation>
    </message>
    <message>
        <source>Open an order first.</source>
        <translation>Öffnen Sie zuerst einen Auftrag.</translation>
    </message>
    <message>
        <source>Print the pick list</source>
        <translation>Pickliste drucken</translation>
    </message>
    <message>
        <source>Pick list %1 sent to the printer.</source>
        <translation>Pickliste %1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Pick list saved to %1.</source>
        <translation>Pickliste gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Save the pick list as PDF</source>
        <translation>Pickliste als PDF speichern</translation>
    </message>
    <message>
        <source>Print the packing slip</source>
        <translation>Lieferschein drucken</translation>
    </message>
    <message>
        <source>Packing slip %1 sent to the printer.</source>
        <translation>Lieferschein %1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Packing slip saved to %1.</source>
        <translation>Lieferschein gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Save the packing slip as PDF</source>
        <translation>Lieferschein als PDF speichern</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::PlaceHoldForm</name>
    <message>
        <source>Placing a hold</source>
        <translation>Das Setzen einer Sperre</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Choose the lot to hold.</source>
        <translation>Wählen Sie die zu sperrende Charge.</translation>
    </message>
    <message>
        <source>Say why the lot is held: people read it on the holds register.</source>
        <translation>Sagen Sie, warum die Charge gesperrt wird: Das steht im Sperrregister.</translation>
    </message>
    <message>
        <source>A quantity is held at one location: choose the location.</source>
        <translation>Eine Teilmenge wird auf einem Lagerplatz gesperrt: Wählen Sie den Lagerplatz.</translation>
    </message>
    <message>
        <source>Enter the quantity to hold as a whole number above zero, or leave it empty for all.</source>
        <translation>Geben Sie die zu sperrende Menge als ganze Zahl über null ein oder lassen Sie das Feld für alles leer.</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::QualityReports</name>
    <message>
        <source>There is no such certificate.</source>
        <translation>Dieses Zertifikat gibt es nicht.</translation>
    </message>
    <message>
        <source>Print the certificate of release</source>
        <translation>Freigabezertifikat drucken</translation>
    </message>
    <message>
        <source>Certificate %1 sent to the printer.</source>
        <translation>Zertifikat %1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Certificate %1 saved to %2.</source>
        <translation>Zertifikat %1 gespeichert unter %2.</translation>
    </message>
    <message>
        <source>Save the certificate as PDF</source>
        <translation>Zertifikat als PDF speichern</translation>
    </message>
    <message>
        <source>Print the holds register</source>
        <translation>Sperrregister drucken</translation>
    </message>
    <message>
        <source>Holds register sent to the printer.</source>
        <translation>Sperrregister an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Holds register saved to %1.</source>
        <translation>Sperrregister gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Save the holds register as PDF</source>
        <translation>Sperrregister als PDF speichern</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::QualityViewModel</name>
    <message>
        <source>Releasing or disposing of a hold</source>
        <translation>Das Freigeben einer Sperre oder die Entscheidung darüber</translation>
    </message>
    <message>
        <source>Recording a quality check</source>
        <translation>Das Erfassen einer Qualitätsprüfung</translation>
    </message>
    <message>
        <source>Choose what your signature means.</source>
        <translation>Wählen Sie, was Ihre Unterschrift bedeutet.</translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation>Geben Sie zum Unterschreiben Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Choose what happens to the held stock.</source>
        <translation>Wählen Sie, was mit dem gesperrten Bestand geschieht.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Open a hold first.</source>
        <translation>Öffnen Sie zuerst eine Sperre.</translation>
    </message>
    <message>
        <source>The password is not correct, so nothing was signed. This attempt has been logged.</source>
        <translation>Das Passwort ist nicht richtig, daher wurde nichts unterschrieben. Dieser Versuch wurde protokolliert.</translation>
    </message>
    <message>
        <source>Hold %1 changed since it was shown to you; close this dialog, look at it again and sign what is shown.</source>
        <translation>Sperre %1 hat sich geändert, seit sie Ihnen gezeigt wurde; schließen Sie diesen Dialog, sehen Sie sie erneut an und unterschreiben Sie, was angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::ReceivingForm</name>
    <message>
        <source>Receiving</source>
        <translation>Der Wareneingang</translation>
    </message>
    <message>
        <source>The barcode could not be read: %1</source>
        <translation>Der Barcode konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>From the barcode: %1 kg net weight</source>
        <translation>Aus dem Barcode: %1 kg Nettogewicht</translation>
    </message>
    <message>
        <source>From the barcode: %1 lb net weight, converted to grams</source>
        <translation>Aus dem Barcode: %1 lb Nettogewicht, in Gramm umgerechnet</translation>
    </message>
    <message>
        <source>From the barcode: count %1</source>
        <translation>Aus dem Barcode: Anzahl %1</translation>
    </message>
    <message>
        <source>From the barcode: variable count %1</source>
        <translation>Aus dem Barcode: variable Anzahl %1</translation>
    </message>
    <message>
        <source>No product has the GTIN %1. Define the product to receive this lot.</source>
        <translation>Kein Artikel hat die GTIN %1. Legen Sie den Artikel an, um diese Charge einzubuchen.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Define the product with the GTIN %1 first.</source>
        <translation>Legen Sie zuerst den Artikel mit der GTIN %1 an.</translation>
    </message>
    <message>
        <source>Scan the barcode or choose the product.</source>
        <translation>Scannen Sie den Barcode oder wählen Sie den Artikel.</translation>
    </message>
    <message>
        <source>Enter the quantity received as a whole number above zero.</source>
        <translation>Geben Sie die eingegangene Menge als ganze Zahl über null ein.</translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>Wählen Sie den Lieferanten.</translation>
    </message>
    <message>
        <source>Choose where the lot is received.</source>
        <translation>Wählen Sie, wo die Charge eingeht.</translation>
    </message>
    <message>
        <source>Enter the number of the reference document (purchase order, ASN, bill of lading or invoice).</source>
        <translation>Geben Sie die Nummer des Referenzbelegs ein (Bestellung, Lieferavis, Frachtbrief oder Rechnung).</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The temperature at receipt is a number in °C, e.g. 3.5.</source>
        <translation>Die Temperatur beim Eingang ist eine Zahl in °C, z. B. 3,5.</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::ReturnsViewModel</name>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Received, in quarantine</source>
        <translation>Angenommen, im Sperrlager</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Temperature abuse</source>
        <translation>Temperaturabweichung</translation>
    </message>
    <message>
        <source>Quality complaint</source>
        <translation>Qualitätsreklamation</translation>
    </message>
    <message>
        <source>Wrong product</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Überlieferung</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Wieder einlagern</translation>
    </message>
    <message>
        <source>Keep quarantined</source>
        <translation>Im Sperrlager belassen</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Vernichten</translation>
    </message>
    <message>
        <source>Requesting a return</source>
        <translation>Das Anfragen einer Retoure</translation>
    </message>
    <message>
        <source>Authorizing a return</source>
        <translation>Das Genehmigen einer Retoure</translation>
    </message>
    <message>
        <source>Rejecting a return</source>
        <translation>Das Ablehnen einer Retoure</translation>
    </message>
    <message>
        <source>Receiving returned goods</source>
        <translation>Die Annahme von Retourenware</translation>
    </message>
    <message>
        <source>Inspecting returned goods</source>
        <translation>Die Prüfung von Retourenware</translation>
    </message>
    <message>
        <source>Recording a refund</source>
        <translation>Das Erfassen einer Gutschrift</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The password is not correct, so nothing was signed. This attempt has been logged.</source>
        <translation>Das Passwort ist nicht richtig, daher wurde nichts unterschrieben. Dieser Versuch wurde protokolliert.</translation>
    </message>
    <message>
        <source>Choose the delivered order the goods come from.</source>
        <translation>Wählen Sie den zugestellten Auftrag, aus dem die Ware stammt.</translation>
    </message>
    <message>
        <source>Return requested.</source>
        <translation>Retoure angefragt.</translation>
    </message>
    <message>
        <source>Return %1 authorized.</source>
        <translation>Retoure %1 genehmigt.</translation>
    </message>
    <message>
        <source>Return %1 rejected.</source>
        <translation>Retoure %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Return %1 received into quarantine; every line is on hold until inspected.</source>
        <translation>Retoure %1 ins Sperrlager angenommen; jede Position bleibt bis zur Prüfung gesperrt.</translation>
    </message>
    <message>
        <source>Choose what happens to the returned goods.</source>
        <translation>Wählen Sie, was mit der Retourenware geschieht.</translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation>Geben Sie zum Unterschreiben Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Choose where the goods go back.</source>
        <translation>Wählen Sie, wo die Ware wieder eingelagert wird.</translation>
    </message>
    <message>
        <source>Line %1 inspected: %2.</source>
        <translation>Position %1 geprüft: %2.</translation>
    </message>
    <message>
        <source>Give the amount like 12.50.</source>
        <translation>Geben Sie den Betrag wie 12,50 an.</translation>
    </message>
    <message>
        <source>Refund of %1 %2 recorded.</source>
        <translation>Gutschrift über %1 %2 erfasst.</translation>
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
<context>
    <name>tracelot::ui::StockViewModel</name>
    <message>
        <source>All products</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Lagerplätze</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Not expired</source>
        <translation>Nicht abgelaufen</translation>
    </message>
    <message>
        <source>In quarantine</source>
        <translation>Im Sperrlager</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Used up (no stock)</source>
        <translation>Aufgebraucht (kein Bestand)</translation>
    </message>
    <message>
        <source>Any use-by date</source>
        <translation>Jedes Verbrauchsdatum</translation>
    </message>
    <message>
        <source>Use by in &lt; 7 days</source>
        <translation>Verbrauchen in &lt; 7 Tagen</translation>
    </message>
    <message>
        <source>Use by in &lt; 30 days</source>
        <translation>Verbrauchen in &lt; 30 Tagen</translation>
    </message>
    <message>
        <source>Use by in &lt; 90 days</source>
        <translation>Verbrauchen in &lt; 90 Tagen</translation>
    </message>
    <message>
        <source>write off or move to quarantine</source>
        <translation>abschreiben oder ins Sperrlager</translation>
    </message>
    <message>
        <source>&lt; 7 days</source>
        <translation>&lt; 7 Tage</translation>
    </message>
    <message>
        <source>ship first</source>
        <translation>zuerst versenden</translation>
    </message>
    <message>
        <source>&lt; 30 days</source>
        <translation>&lt; 30 Tage</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>im Blick behalten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>30 days or more, or no date</source>
        <translation>30 Tage oder mehr, oder ohne Datum</translation>
    </message>
    <message>
        <source>No lot has entered its expiry warning window since the last warnings.</source>
        <translation>Seit den letzten Warnungen hat keine Charge ihr Warnfenster erreicht.</translation>
    </message>
    <message>
        <source>Expiry warnings raised for %1 lot(s); each lot&apos;s history shows its warning.</source>
        <translation>Ablaufwarnungen für %1 Charge(n) ausgelöst; der Verlauf jeder Charge zeigt ihre Warnung.</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::SyncConflictModel</name>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::SyncService</name>
    <message>
        <source>The server address must start with https:// and name the server, e.g. https://sync.example.com:8443.</source>
        <translation>Die Serveradresse muss mit https:// beginnen und den Server nennen, z. B. https://sync.example.com:8443.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Die Zertifikatsdatei %1 lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>Enter the enrolment code the administrator of the sync server gave you.</source>
        <translation>Geben Sie den Registrierungscode ein, den Ihnen die Administration des Synchronisierungsservers gegeben hat.</translation>
    </message>
    <message>
        <source>The server did not return a device secret.</source>
        <translation>Der Server hat kein Gerätegeheimnis zurückgegeben.</translation>
    </message>
    <message>
        <source>This workstation is enrolled with %1. Sync starts now.</source>
        <translation>Dieser Arbeitsplatz ist bei %1 registriert. Die Synchronisierung beginnt jetzt.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Sync: no server configured</source>
        <translation>Synchronisierung: kein Server eingerichtet</translation>
    </message>
    <message>
        <source>Sync: online</source>
        <translation>Synchronisierung: online</translation>
    </message>
    <message>
        <source>Sync: stopped</source>
        <translation>Synchronisierung: angehalten</translation>
    </message>
    <message>
        <source>Sync: connecting…</source>
        <translation>Synchronisierung: verbindet …</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation>Synchronisierung: offline</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parked</source>
        <translation>
            <numerusform>%n zurückgestellt</numerusform>
            <numerusform>%n zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzte Synchronisierung %1</translation>
    </message>
    <message>
        <source>This workstation works on its own. An administrator can enrol it with a sync server under Identity &amp; audit → Sync.</source>
        <translation>Dieser Arbeitsplatz arbeitet eigenständig. Die Administration kann ihn unter Benutzer &amp; Prüfpfad → Synchronisierung bei einem Synchronisierungsserver registrieren.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::SyncViewModel</name>
    <message>
        <source>lot %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The sync server refused it when it re-checked the rules.</source>
        <translation>Der Synchronisierungsserver hat es bei der erneuten Regelprüfung abgelehnt.</translation>
    </message>
    <message>
        <source>It was refused here when it was re-run on top of the server&apos;s events.</source>
        <translation>Es wurde hier abgelehnt, als es auf den Ereignissen des Servers erneut ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Enrolling this workstation with a sync server needs the %1 role.</source>
        <translation>Das Registrieren dieses Arbeitsplatzes bei einem Synchronisierungsserver erfordert die Rolle %1.</translation>
    </message>
    <message>
        <source>%1 was discarded. It stays in this list for the record.</source>
        <translation>%1 wurde verworfen. Zur Nachvollziehbarkeit bleibt es in dieser Liste.</translation>
    </message>
    <message>
        <source>The changed values could not be read: %1 (at character %2).</source>
        <translation>Die geänderten Werte ließen sich nicht lesen: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>%1 was recorded again with the changed values; it goes to the server with the next sync.</source>
        <translation>%1 wurde mit den geänderten Werten erneut erfasst; es geht mit der nächsten Synchronisierung an den Server.</translation>
    </message>
</context>
<context>
    <name>tracelot::ui::TraceabilityViewModel</name>
    <message>
        <source>Recalling, recording recovery and closing a recall</source>
        <translation>Das Zurückrufen, das Erfassen der Rückholung und das Abschließen eines Rückrufs</translation>
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
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>EDI message</source>
        <translation>EDI-Nachricht</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Lot %1 — %2 (%3), on hand %4</source>
        <translation>Charge %1 — %2 (%3), Bestand %4</translation>
    </message>
    <message>
        <source>Received %1 from %2 on %3 (%4 %5)</source>
        <translation>Eingegangen: %1 von %2 am %3 (%4 %5)</translation>
    </message>
    <message>
        <source>Shipped %1 to %2 on %3 (order %4)</source>
        <translation>Versandt: %1 an %2 am %3 (Auftrag %4)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>split</source>
        <translation>Teilung</translation>
    </message>
    <message>
        <source>transformation</source>
        <translation>Umarbeitung</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s), %1 shipment line(s), %2 customer line(s) — traced in %3 ms</source>
        <translation>
            <numerusform>%n Charge, %1 Versandposition(en), %2 Kundenposition(en) — verfolgt in %3 ms</numerusform>
            <numerusform>%n Chargen, %1 Versandposition(en), %2 Kundenposition(en) — verfolgt in %3 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s), %1 receipt(s) — traced in %2 ms</source>
        <translation>
            <numerusform>%n Charge, %1 Eingangsbuchung(en) — verfolgt in %2 ms</numerusform>
            <numerusform>%n Chargen, %1 Eingangsbuchung(en) — verfolgt in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 per %2 (%3)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Drill: full scope in %1 ms; report printed %2 min after initiation (target: under 4 hours).</source>
        <translation>Übung: vollständiger Umfang in %1 ms; Bericht %2 Min. nach Einleitung gedruckt (Ziel: unter 4 Stunden).</translation>
    </message>
    <message>
        <source>Drill: full scope in %1 ms; the clock runs until the report is printed (target: under 4 hours).</source>
        <translation>Übung: vollständiger Umfang in %1 ms; die Uhr läuft, bis der Bericht gedruckt ist (Ziel: unter 4 Stunden).</translation>
    </message>
    <message>
        <source>Initiated %1 by %2</source>
        <translation>Eingeleitet am %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Shipped %1 = returned, destroyed or unrecoverable %2 + written off %3 + unreconciled %4. Stock held at initiation: %5 in %n hold(s).</source>
        <translation>
            <numerusform>Versandt %1 = zurück, vernichtet oder nicht rückholbar %2 + abgeschrieben %3 + ungeklärt %4. Bei Einleitung gesperrter Bestand: %5 in %n Sperre.</numerusform>
            <numerusform>Versandt %1 = zurück, vernichtet oder nicht rückholbar %2 + abgeschrieben %3 + ungeklärt %4. Bei Einleitung gesperrter Bestand: %5 in %n Sperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1 on %2 — %3</source>
        <translation>Unterschrieben von %1 am %2 — %3</translation>
    </message>
    <message>
        <source>%1 lot(s) in scope, %2 of them still in stock (%3 units will be held); %4 customer(s) received some.</source>
        <translation>%1 Charge(n) betroffen, davon %2 noch am Lager (%3 Einheiten werden gesperrt); %4 Kunde(n) haben davon erhalten.</translation>
    </message>
    <message>
        <source>Give the lot or the traceability lot code to recall.</source>
        <translation>Geben Sie die zurückzurufende Charge oder TLC an.</translation>
    </message>
    <message>
        <source>Say why, as the customers will be told.</source>
        <translation>Geben Sie den Grund an, wie er den Kunden mitgeteilt wird.</translation>
    </message>
    <message>
        <source>Recall %1 initiated: %2 hold(s) placed.</source>
        <translation>Rückruf %1 eingeleitet: %2 Sperre(n) gesetzt.</translation>
    </message>
    <message>
        <source>Open a recall first.</source>
        <translation>Öffnen Sie zuerst einen Rückruf.</translation>
    </message>
    <message>
        <source>The password is not correct, so nothing was signed. This attempt has been logged.</source>
        <translation>Das Passwort ist nicht richtig, daher wurde nichts unterschrieben. Dieser Versuch wurde protokolliert.</translation>
    </message>
    <message>
        <source>Say whom you told: a name, a phone number or an address.</source>
        <translation>Geben Sie an, wen Sie benachrichtigt haben: einen Namen, eine Telefonnummer oder eine Adresse.</translation>
    </message>
    <message>
        <source>Notification recorded.</source>
        <translation>Benachrichtigung erfasst.</translation>
    </message>
    <message>
        <source>Recovery recorded.</source>
        <translation>Rückholung erfasst.</translation>
    </message>
    <message>
        <source>Say why the remainder is written off.</source>
        <translation>Geben Sie an, warum der Rest abgeschrieben wird.</translation>
    </message>
    <message>
        <source>Enter your password to sign the write-off.</source>
        <translation>Geben Sie Ihr Passwort ein, um die Abschreibung zu unterschreiben.</translation>
    </message>
    <message>
        <source>Recall %1 closed.</source>
        <translation>Rückruf %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>Recall report saved to %1.</source>
        <translation>Rückrufbericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Save the recall report as PDF</source>
        <translation>Rückrufbericht als PDF speichern</translation>
    </message>
    <message>
        <source>Print the recall report</source>
        <translation>Rückrufbericht drucken</translation>
    </message>
    <message>
        <source>Recall report sent to the printer.</source>
        <translation>Rückrufbericht an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Write the first day as YYYY-MM-DD.</source>
        <translation>Schreiben Sie den ersten Tag als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Write the last day as YYYY-MM-DD.</source>
        <translation>Schreiben Sie den letzten Tag als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>FSMA 204 spreadsheet saved to %1: %2 receiving, %3 shipping, %4 transformation row(s).</source>
        <translation>FSMA-204-Tabelle gespeichert unter %1: %2 Wareneingangs-, %3 Versand-, %4 Umarbeitungszeile(n).</translation>
    </message>
    <message>
        <source>Save the FSMA 204 spreadsheet</source>
        <translation>FSMA-204-Tabelle speichern</translation>
    </message>
</context>
</TS>
