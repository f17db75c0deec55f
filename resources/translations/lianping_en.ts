<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>lianping::CoreText</name>
    <message>
        <source>campaign year %1 is not a year such as 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org-weight must be between 0 and 1 (0.7 means 70 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--basic-weight must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds must satisfy 0 ≤ qualified (%1) ≤ excellent (%2) ≤ 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--excellent-quota must be a percentage between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no campaign for %1 (create it with `campaign create %1`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 has no rubric: import one with `rubric import`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is retired and cannot be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the percentage must be between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot draw the recheck sample: that is the city office&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--units must be between 1 and 5000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit type has a rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo generation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo generation cancelled; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no open conflict %1 (see `conflicts list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1 resolved: kept %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is wrong or the package was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to check the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Lianping office key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key file version %2 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key file is damaged or its signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this office&apos;s own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a different key is already trusted for %2 (fingerprint %3); ask that office which key is current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large to be a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Lianping package (.lpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the package is truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: package format %2 is not supported by this version of Lianping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signature does not match: the package was altered or was not made by the office it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the contents do not match the signed manifest: the package is truncated or was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the package contents are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package contents are not in a format this Lianping reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package names an office without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 of the package is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s rubric %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package uses rubric %1 %2 version %3, but this database lacks the versions before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a history line of the package is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by this office itself: nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by %2 (%3, key %4), whose key this database does not trust: import their key file first with `office trust FILE`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer Lianping (schema version %2; this version reads up to %3): update Lianping to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already imported on %2: nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key: trust the office&apos;s key file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature verified (trusted key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package refers to %1, which is neither here nor in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 in campaign %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric %1 %2 version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naming decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has a sheet of an unknown step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1 of unit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is a %2, not a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 has no rubric for %2: import one with `rubric import`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up status must be open, done or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rectification item needs a text (--text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deadline &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rectification item needs someone responsible (--responsible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectification status must be open, done or verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rectification item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectification item %1 is still open: mark it done before verifying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty (a header row is expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the unit code (单位编码) above the table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: the header has no column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2, field %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unit code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &apos;%1&apos; is not a number in steps of 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: county &apos;%1&apos; is not in this database; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the unit code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the county is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: unit code %1 appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: unit code %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &apos;%1&apos; is not yes or no (是/否, √/×, Y/N, 1/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is password-protected; save it without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read this .xls workbook (it may be damaged); open it in Excel or WPS and save it as .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the first sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: the sheet is damaged (cell %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet is empty (a header row is expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook part %2 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the workbook part %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook part %2 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the shared strings are damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (no xl/workbook.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (no workbook relationships)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first sheet&apos;s part is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an .xlsx workbook (the zip container is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet part %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: the sheet is damaged (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared string %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the county review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city recheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database (all roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit office %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the county office of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot record %2 of unit %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the city office&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the county office of %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the unit&apos;s own, or its county office&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot move unit %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot name or revoke: that is the city office&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to %2 (%3); make a new database for another office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is not enrolled in campaign %2 (use `campaign enroll %2 --unit %1`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no enrollment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naming is a batch decision: use `name %1 --decision NO --date YYYY-MM-DD %2`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it can go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it cannot advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is %2: it cannot go to %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returning unit %1 needs a reason (--reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is %2: only a submitted, county-accepted or city-rechecked unit can be returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naming needs a decision number (--decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naming needs at least one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is %2: only county-accepted or city-rechecked units can be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is graded %2 (total %3): only qualified or excellent units can be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoking needs a reason (--reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoking needs the document number (--document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 has never been named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1&apos;s naming is already revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is %2, not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (the types are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &apos;%1&apos; fits more than one type: %2; write the type&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type code &apos;%1&apos;: use lower-case letters, digits, - or _ (for example township)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1: the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 (%2) already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1: an alias is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already names the type %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county &apos;%1&apos; is not in this database; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1: the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1: the county is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit code %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1: %2 must be yes or no, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit field &apos;%1&apos; (name, type, county, lead, demo, contact, active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is already retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no units to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result for unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an indicator must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kind must be &quot;scored&quot; or &quot;veto&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a veto indicator has no max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;max&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: max must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: max %2 is not a multiple of 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rubric must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;year&quot; must be a year such as 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;dimensions&quot; must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a dimension must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;indicators&quot; must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric for unknown type &apos;%1&apos;: add the type first with `types add`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the shipped rubric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1: unknown indicator &apos;%2&apos; in its rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is %2 in campaign %3: its scores are final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1 is a veto: record it with `veto`, not points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1: %2 points is outside 0..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1: ballot counts cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a veto is recorded by the county review or the city recheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1: a veto needs a reason (--reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1 is scored, not a veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 has no %2 veto on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable Lianping database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name for the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2 row refers to a missing %3 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Lianping (schema version %2; this version reads up to %3): update Lianping to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade but is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no migration from schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfied %1, basically satisfied %2, unsatisfied %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no office yet: set up which office it belongs to first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 may not send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a county office needs its county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged; open a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is writing to the file; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened (check that the folder exists and that you may write to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading or writing the disk failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the file is denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change breaks a rule of the database (a duplicate or a missing reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer is out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city rechecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naming revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-check step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city recheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admonition talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolment record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naming decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectification item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recheck sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead department field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demonstration point field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the registry field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned from field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vetoes field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision number field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document number field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 of unit %2 appears twice in the file (also row %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the text is neither UTF-8 nor GB18030 (GBK); save the file again as &quot;CSV UTF-8&quot; or as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (code %2); remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; tables of more than %3 MB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a cell holds %2 characters; Excel itself allows at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell of %1 characters; Excel itself allows at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a rubric of %2 KB is refused (at most %3 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Lianping database; choose a .lpdb file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing will be written to it: open one of its backup copies instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret does not open this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this office&apos;s signing key is locked: it opens with the key passphrase chosen when the office was set up, or in the keyring of the account that set it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key passphrase is too short: use at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no keyring on this computer to keep the signing key in: choose a key passphrase (at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this office&apos;s signing key is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key passphrase is wrong: this office&apos;s signing key stays locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this office has no signing key yet: it is made when a key passphrase is chosen for the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was signed by %2 with key %3, which is neither the key this database trusts for that office (%4) nor one it rotated to: ask that office for its current key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with a key this database does not trust for that office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package contents are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuing office field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document-number prefix field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressees field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit of %1 has been named yet: name units first (Naming screen, or `name %1 --decision NO --date DATE UNIT…`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no naming decision %2; its decisions are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coverage target is between 0 % and 100 %, not %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specific task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inner part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outer part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-level part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 ledger has no tasks: add them (task add) or import the division plan (task import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign of %1 names no issuing office: the document leaves it blank (campaign set %1 --issuer …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period &apos;%1&apos; is not a period of %2: write %2-Q3 (a quarter), %2-09 (a month), %2-H1 (a half year) or %2 (the year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 ledger has no tasks to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is done (%2): it needs no supervision letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is not overdue yet (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column %2 (the header row needs 序号, 任务, 类别, 牵头单位, 配合单位, 完成时限, 目标)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a task needs its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &apos;%1&apos; is none of 共性, 个性, 延伸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a task needs a lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &apos;%1&apos; is not a date (2026-06-30, 2026年6月底, 6月底前, 年底前, 第三季度 or 长期坚持)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: part %1 comes before (or without) task %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &apos;%1&apos; is none of 内分, 外分, 下分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 is not a campaign year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task needs a title (--title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task kind &apos;%1&apos; is none of common (共性), specific (个性), extended (延伸)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task needs a lead department (--lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co-organising department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date &apos;%1&apos; is not a date (write it as YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date %1 is before the task&apos;s year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a milestone needs a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task %1 to split (--parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 belongs to %2, not to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of task %1 needs --split inner (内分), outer (外分) or down (下分), not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is done: it takes no new parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 already has progress of its own: split it before recording progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--split needs the task it splits (--parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percent is between 0 and 100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is split into %2 parts: record progress on its parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is already done (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is split into %2 parts: it is done when they all are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not record progress on task %2 (%3): its progress comes from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sub-step of the county review of %2: give one of %3 or its number 1–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sub-step needs its date (--date YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: weight must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the weights add up to %2, not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;dimensions&quot; must list at least one dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dimension %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dimension %2 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): list at least one aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), aspect %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: aspect %2 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): list at least one measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), measure %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: source &apos;%2&apos; is none of assessment, pass_rate, excellent_rate, task_rate, survey, manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown unit type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), its measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), its aspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index value is from 0 to 100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 index model has no aspect &apos;%2&apos;; its aspects are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no county &apos;%1&apos; in this database (or 全市 for the city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a survey round needs a name (--name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be third-party, office or public, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date &apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample size is a whole number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no survey round %1 (survey-round add prints the id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the question map needs the columns question and aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &apos;%1&apos; is not an aspect of the %2 index model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column county (县区)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: raw answers need the columns question and answer (问题, 回答)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: aggregated scores need the columns aspect and score (方面, 得分); raw answers are imported with --raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no county &apos;%1&apos; in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: question &apos;%1&apos; is mapped to no aspect (--questions MAP.csv with question,aspect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &apos;%1&apos; is none of 满意, 基本满意, 不满意, 1–5, 是, 否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a score is a number from 0 to 100, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a sample size is a whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a county review has at most 12 sub-steps, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-step %1 is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review sub-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minimum sample is a number of people from 1 up, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the backup %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is damaged too (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package refers to unit %1 in campaign %2, which is neither here nor in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package holds a damaged evidence record (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file %1 (%2, unit %3) is neither in the package nor in this database&apos;s evidence folder: import the package that first carried it, or ask the sender for a package with all evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package holds a damaged finding record (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1 names an evidence file that is neither here nor in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the evidence files do not match the signed manifest: the package is truncated or was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the evidence folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in the evidence folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to encrypt the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s list of files is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file %1 is missing from %2: copy the evidence folder beside the database, then export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file %1 in %2 was altered or damaged: its contents no longer match their SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is longer than the manifest says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the evidence files into the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: scoring must be &quot;points&quot; or &quot;deduct&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a veto indicator cannot be deduction-scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store a file in the evidence folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 MB is over the limit of %3 MB for one evidence file: split or compress it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: over the limit of %2 MB for one evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid evidence file entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file does not match its SHA-256 in the signed manifest: it was altered or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file %1 is missing from %2: copy the folder %3 beside the database with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1: unknown indicator &apos;%2&apos; in its rubric (use - for the whole sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is %2 in campaign %3: its evidence is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one file to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the evidence file is removed (--reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no evidence file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file %1 (%2) was already removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file %1 (%2) is unit %3&apos;s own self-check evidence: only the unit removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (−%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings are recorded in the county review or the city recheck (--step county|city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding needs a text (--text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is %2 in campaign %3: its findings are final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deduction cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1 is a veto: a finding there deducts no points (record the veto with `veto`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deduction of %1 is above %2&apos;s maximum of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file %1 is not one of unit %2&apos;s in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the finding is removed (--reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1 has rectification item %2: it stays on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1 already has rectification item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 already has scores on %2 sheets: its weights and thresholds are fixed once scoring has begun, so that every unit is judged by the same rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no campaign %1 to start %2 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 has no county review sub-step &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no header row with 指标编号 (expected: 维度 | 指标编号 | 考评内容 | 分值 | 评分标准 | 佐证材料 | 否决项 | 扣分制)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cell right of %2 above the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a year such as 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not 是 or 否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a max greater than 0 in steps of 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deduction-scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scoring guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rubric has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension %1 has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension %1 has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension %1 has no indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1 of dimension %2 has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1 has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1: a veto indicator has no max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1: a veto indicator cannot be deduction-scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1: max must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rubric has no dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rubric has no scored indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scored maxima add up to %1, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such rubric version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 already has scores on %2 sheets of this type: its units keep the rubric version they are scored by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui</name>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::BatchReportDialog</name>
    <message>
        <source>Rating reports in batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reports in one PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF file per unit, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::CampaignForm</name>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of a county&apos;s units excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational weight w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of a &apos;basically satisfied&apos; ballot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellence quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T = w·S&lt;sub&gt;org&lt;/sub&gt; + (1 − w)·S&lt;sub&gt;mass&lt;/sub&gt; = %1·S&lt;sub&gt;org&lt;/sub&gt; + %2·S&lt;sub&gt;mass&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mass survey does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisational score does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The qualified threshold must not be above the excellent one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a quota of 0 % no unit can be excellent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::CampaignSettingsDialog</name>
    <message>
        <source>Settings of the %1 campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring has begun: these settings are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A survey figure from fewer answers is flagged, not hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one sub-step, or restore the six default ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::CampaignsDialog</name>
    <message>
        <source>, excellent at most %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window now works on the %1 campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of the %1 campaign are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation score %1 %, a basic ballot counts %2, excellent ≥ %3, qualified ≥ %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records were changed on two laptops apart. This database&apos;s version is in use; choose which to keep. The other stays in the unit&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours ≠ theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaign: %2 assessed, %3 not yet · pass rate %4 % · excellent %5 · average total %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::Documents</name>
    <message>
        <source>Writing rating reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrolled unit matches the chosen county and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the summary workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::EnrollDialog</name>
    <message>
        <source>Enrol units in the %1 campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active unit of the registry that matches is enrolled, with its type&apos;s rubric for the year. Units already enrolled stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit newly enrolled: every matching unit already takes part in the %1 campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units newly enrolled in the %2 campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or unit codes, separated by spaces or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling units…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::EvidenceActions</name>
    <message>
        <source>All files (*);;PDF documents (*.pdf);;Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff);;Word and Excel (*.doc *.docx *.xls *.xlsx *.wps *.et)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was attached.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City recheck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::EvidencePane</name>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is scored by deduction: its points are computed from the findings (add or remove a finding below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and findings: open a unit&apos;s sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · expected: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Whole sheet&lt;/b&gt; · %1 · every file and finding of this step; select an indicator to see only its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::EvidencePanel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop files on an indicator of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a checked copy with the program the system uses for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence here yet: drop files on the indicator, or use Add evidence files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy failed its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file: open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for the whole sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2? It stays in the history with the reason you give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it removed? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 12 hexadecimal digits of the file&apos;s SHA-256: the same file has the same value everywhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::ExchangeMenu</name>
    <message>
        <source>E&amp;xport package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this office&apos;s &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust another office&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lianping packages (*.lpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is encrypted. Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package from %1 imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a campaign first: packages carry a campaign year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: for a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this office&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office keys (*.lpkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Give this file to the other office and read them this fingerprint by phone:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust another office&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office keys (*.lpkey *.json *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this office&apos;s key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is from %1 (%2).

Its fingerprint:
%3

Read it out with that office by phone; trust the key only if it is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprints match: trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is now trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;every evidence file, also those sent before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 with %2 evidence files (%3 sent before are left out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::FindingDialog</name>
    <message>
        <source>Add a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 会议记录缺少3月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deduct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was found (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make rectification &amp;item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 · by %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings are recorded in the county review or the city recheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), deducting %1 in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scored by deduction: %1 − %2 = %3 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rectification item made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification item No. %1 made; it is followed up under Follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the finding “%1”? It stays in the history with the reason you give; a deduction-scored indicator gets its points back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it removed? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::FollowUpView</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem to rectify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done / &amp;verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rectification item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rectification item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, unit, county or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;unfinished items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the evidence that the problem was put right (a rectification report, photos, new rules)? It is kept with the unit&apos;s evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::GanttChart</name>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::ImportPreviewDialog</name>
    <message>
        <source>Import package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; (%2), made %3.&lt;br&gt;Key fingerprint: &lt;tt&gt;%4&lt;/tt&gt; — the signature and contents are verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n history line(s) will be added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refused records belong to another office and must come from it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts keep this database&apos;s version; both are listed under File › Exchange › Conflicts for you to choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::Imports</name>
    <message>
        <source>Importing units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing scores…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::IndexView</name>
    <message>
        <source>&amp;Import index model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter a value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the integrity index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign year to compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data missing for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 integrity index of %2 counties and the city; %3 computed without data for some aspects (their weight goes to the others).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import index model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index model (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an index value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figure comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value (0–100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;survey results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data: its weight goes to the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer answers than the minimum sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026年度第三方满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire, telephone, online …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw answers (one row per respondent and question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question map (question, aspect), for raw answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey results imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 answers, %3 scores, for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey results not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::KeyPrompt</name>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office&apos;s signing key is locked on this computer.
Key passphrase (chosen when the office was set up):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::LedgerModel</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Target: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::LedgerView</name>
    <message>
        <source>Search task, target or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress &amp;chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion &amp;rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a part of the selected task: 内分 to its sections, 外分 to a co-organiser, 下分 to a county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import division plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulletin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the year&apos;s &amp;target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lead departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City and counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks: completion %2 · %3 overdue · %4 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage is named ÷ registered units (一年试点、两年深化、三年全覆盖); red where a type is below the year&apos;s target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of registered units to be named in %1 (e.g. pilot 10, deepen 50, full 100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” done today? The ledger keeps the date; it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import division plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division plan (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division plan not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division plan imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks and %2 parts added to %3; %4 rows were already in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ledger %1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quarter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 first half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save supervision letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision letter %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks for %1 yet: add them with New task, or import the task division plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::MainWindow</name>
    <message>
        <source>Lianping 廉评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lianping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lianping 廉评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lianping databases (*.lpdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lianping databases (*.lpdb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generating %n demo unit(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units? (A new file is created.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lianping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · operator: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City recheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which step are these scores?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;廉评 Lianping %1&lt;/h3&gt;&lt;p&gt;Assessment and naming of integrity units.&lt;/p&gt;&lt;p&gt;Third-party components:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — LGPL-3.0 (Qt Charts: GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite %3 — public domain&lt;/li&gt;&lt;li&gt;Fonts: WenQuanYi Micro Hei (Apache-2.0 or GPL-3.0), Noto Sans CJK (OFL-1.1), from the system&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;units (CSV or Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import s&amp;cores or a self-check form (CSV or Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange with other offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.xls);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file names %n county(ies) not yet in this database:

%1

Add them and import the units? Choose No to check the spelling first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>O&amp;ffice and signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This database belongs to &lt;b&gt;%1&lt;/b&gt; (%2).&lt;/p&gt;&lt;p&gt;Signing key fingerprint: &lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;A database belongs to one office for good, so that its packages can be trusted; for another office, create a new database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This database now belongs to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Its signing key fingerprint is &lt;tt&gt;%2&lt;/tt&gt;: give it to the offices that will import your packages, to compare by phone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Lianping keeps daily backups of this file. Restore one of them beside it? The file itself is left exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored as %1 and opened. %2 is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &amp;years…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::NamingView</name>
    <message>
        <source>Show candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates (accepted, qualified or better):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name the ticked units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke a naming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s); untick any that should wait.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the decision number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name %n unit(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Decision %1 of %2 names:

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) named by %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke a naming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naming of %1 is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming is the city office&apos;s step; this database belongs to another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision / unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date / county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units / type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming decisions of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) ticked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code (choose it in the list of decisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a veto event: 发生违纪违法案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit, the reason and the document number are all needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the naming of %1 by %2? The naming stays in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 广委〔%1〕12号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (naming revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 广委〔%1〕30号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::NewCampaignDialog</name>
    <message>
        <source>New campaign year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same units are enrolled (each type with its rubric version in force), and the open rectification items and follow-ups are carried over, marked as carried. The sub-steps, the survey minimum sample and the naming notice settings are taken over too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier campaign in this file: the year starts empty; enrol units with “Enrol units…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 campaign already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from an earlier year than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the %1 campaign from the %2 campaign? Its units are enrolled again and its open rectification items and follow-ups are carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the %1 campaign with no units enrolled yet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign year cannot be deleted once it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 campaign is created. Enrol its units with “Enrol units…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 campaign is created from %2: %3 units enrolled, %4 open rectification items and %5 follow-ups carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the %1 campaign from %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::NoticeSettingsDialog</name>
    <message>
        <source>Naming notice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 中共广元市纪委 广元市监委</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 广纪发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 各县（区）纪委监委，市直各部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuing office (发文机关):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document-number &amp;prefix (发文机关代字):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addressees (主送机关):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice will read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, numbered like %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::OfficeDialog</name>
    <message>
        <source>Whose database is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One laptop for the whole campaign (all roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A county/district discipline inspection office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city discipline inspection office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit doing its own self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 利州区纪委</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 利州区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each office records its own step: the unit its self-check, the county its review, the city its recheck and the naming. This cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the county this office reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages this office sends are signed with its key. The key is kept locked: this computer&apos;s keyring opens it for you, and on any other computer only this passphrase does. Keep it where the office keeps its seals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key passphrase of at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two key passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::PreviousGradeLabel</name>
    <message>
        <source>Last year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s final grade in the %1 campaign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::ProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 % marks the task done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::RectifyDialog</name>
    <message>
        <source>Make a rectification item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or office responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::RegistryView</name>
    <message>
        <source>Search names (any part, e.g. 医院)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo points only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retire unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this unit retired? (It stays in the registry and its history.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the grades…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::ReportsMenu</name>
    <message>
        <source>&amp;Print rating report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rating report as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating reports in &amp;batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;naming list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export naming &amp;list as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;summary workbook (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check &amp;template (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a campaign first: reports are written for a campaign year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code (select a unit in the registry to skip this):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rating report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export summary workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No naming list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export naming list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template for which type of unit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save self-check template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming notice &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming notice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming notice settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rating report as &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::ReviewStepDialog</name>
    <message>
        <source>Record a sub-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, by whom, with how many people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here, or use the button below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for this sub-step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::ReviewStepsBox</name>
    <message>
        <source>County review sub-steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to record a sub-step&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n evidence file(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 recorded for %2 with %n evidence file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lianping::ui::ReviewStepsEditor</name>
    <message>
        <source>County review sub-steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the six default sub-steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a sub-step to rename it. At most %1 sub-steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::RubricDiffDialog</name>
    <message>
        <source>Compare rubric versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 · %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Older version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newer version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the scored maxima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions have the same dimensions and indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicators added, %2 removed, %3 changed; %4 dimension changes; the scored maxima add up to %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::RubricEditor</name>
    <message>
        <source>Rubric editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in scoring: it cannot be changed; make a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version from t&amp;his one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as a new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension / indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dime&amp;nsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring guidance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Scored maxima add up to %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Scored maxima add up to %1 of 100: they must add up to exactly 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem(s) to correct before saving; the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, used in scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new version, from version %1 (saving adds the next version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing a new version: the one in use stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric cannot be saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1” as version %2 of the %3 rubric for %4? The versions before it stay as they are: a campaign that already uses one keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved as version %1 of the %2 rubric for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubrics (*.xlsx *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a rubric for type %2, not for %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: save it to make it a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the rubric first (a file with a fault could not be imported again): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the rubric editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes are not saved as a version. Close and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the new version in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 campaign scores %2 by version %3 of %4. Score its %n unit(s) by the version just saved instead? This is possible until the first of them is scored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Saved; the %1 campaign now scores %n unit(s) by it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lianping::ui::RubricForm</name>
    <message>
        <source>Select a dimension or an indicator on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In steps of 0.5; the scored maxima add up to exactly 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring &amp;guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Veto item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A veto item has no points: failing it vetoes the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deduction-scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points are the max less the findings&apos; deductions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::RubricView</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 v%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version from the newest one of this type and year, edited before it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this version (read-only once used in scoring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::ScoreCommands</name>
    <message>
        <source>score %1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note on %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veto %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veto withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::ScoreSheetModel</name>
    <message>
        <source>%1: &quot;%2&quot; is not a score; use steps of 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside 0–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the points before a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A veto is recorded by the county review or the city recheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a veto item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A veto needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VETO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mass survey is taken by the county review or the city recheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was typed but is NOT saved; press Enter on it to try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored by deduction: %1 − the findings&apos; deductions, never below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is scored by deduction: its points are computed from the findings (add or remove a finding below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1
Drop files here to attach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::ScoreSheetView</name>
    <message>
        <source>&amp;Submit self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept (county review done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recheck done (city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City recheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol in this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass survey (ballots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn with a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit in the registry, or type its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not taking part in the %2 campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check %1 · County %2 · City %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&lt;sub&gt;org&lt;/sub&gt; %1 · S&lt;sub&gt;mass&lt;/sub&gt; %2 · &lt;b&gt;Total %3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veto: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No county or city score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veto %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Reason (required): what happened, and the document that records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A veto needs a reason; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veto recorded: the unit is unqualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veto withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it returned? The previous step sees this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: its scores are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. Press Enter on a red cell to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 from “%2” to “%3”?

Its scores for this step can no longer be changed here; bringing it back takes a return with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be enrolled: it is no longer in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now takes part in the %2 campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sub-steps of the county review are not recorded for %1: %2.

Accept it all the same? The history will say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted without: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ballots recorded for %1 yet: enter them when the survey is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to be named: see the Naming screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::Session</name>
    <message>
        <source>%1 is read-only: copy it to a folder you can write to, or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (recorded on every change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when Lianping starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::TaskDialog</name>
    <message>
        <source>Split task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate departments with 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantified target, e.g. 建成示范校20所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing (no due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Co-organisers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::UnitDialog</name>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LZ-AG-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the type&apos;s lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the county</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::UnitTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year&apos;s grade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Lianping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;廉评 Lianping&lt;/h2&gt;&lt;p&gt;Keep the registry of integrity units, score them against their rubric, and carry each unit from self-check to naming.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty file for your office&apos;s units and campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .lpdb file you or a colleague made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2,000 realistic units over twelve counties, at every step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lianping::ui::charts</name>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades, %1 campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counties side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check minus county review (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of %1 against its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named ÷ registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the three dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the index year on year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
