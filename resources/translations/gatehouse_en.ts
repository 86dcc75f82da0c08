<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gh::AssignmentMatrixModel</name>
    <message numerus="yes">
        <source>Assign %n role collection(s)</source>
        <translation>
            <numerusform>Assign %n role collection</numerusform>
            <numerusform>Assign %n role collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n role collection(s)</source>
        <translation>
            <numerusform>Unassign %n role collection</numerusform>
            <numerusform>Unassign %n role collections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::CertificateTreeModel</name>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n extension</numerusform>
            <numerusform>%n extensions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteDestinationsCommand</name>
    <message numerus="yes">
        <source>Delete %n destination(s)</source>
        <translation>
            <numerusform>Delete %n destination</numerusform>
            <numerusform>Delete %n destinations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n destinations?</source>
        <translation>
            <numerusform>Delete this destination?</numerusform>
            <numerusform>Delete these %n destinations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n destinations</source>
        <translation>
            <numerusform>Delete %n destination</numerusform>
            <numerusform>Delete %n destinations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteKeystoreEntriesCommand</name>
    <message numerus="yes">
        <source>Delete %n keystore entries</source>
        <translation>
            <numerusform>Delete %n keystore entry</numerusform>
            <numerusform>Delete %n keystore entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n keystore entries?</source>
        <translation>
            <numerusform>Delete this keystore entry?</numerusform>
            <numerusform>Delete these %n keystore entries?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) refer to what you delete:</source>
        <translation>
            <numerusform>%n destination refers to what you delete:</numerusform>
            <numerusform>%n destinations refer to what you delete:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteRoleCollectionsCommand</name>
    <message numerus="yes">
        <source>Delete %n role collection(s)</source>
        <translation>
            <numerusform>Delete %n role collection</numerusform>
            <numerusform>Delete %n role collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n role collections?</source>
        <translation>
            <numerusform>Delete this role collection?</numerusform>
            <numerusform>Delete these %n role collections?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n role collections</source>
        <translation>
            <numerusform>Delete %n role collection</numerusform>
            <numerusform>Delete %n role collections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::EntityPane</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::KeystoreModel</name>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::MainWindow</name>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n pending change</numerusform>
            <numerusform>%n pending changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::ValidityBar</name>
    <message numerus="yes">
        <source>%1: not yet valid, starts in %n day(s).</source>
        <translation>
            <numerusform>%1: not yet valid, starts in %n day.</numerusform>
            <numerusform>%1: not yet valid, starts in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: expired %n day(s) ago.</source>
        <translation>
            <numerusform>%1: expired %n day ago.</numerusform>
            <numerusform>%1: expired %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 days elapsed, %n day(s) left.</source>
        <translation>
            <numerusform>%1: %2 of %3 days elapsed, %n day left.</numerusform>
            <numerusform>%1: %2 of %3 days elapsed, %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet valid: starts in %n day(s)</source>
        <translation>
            <numerusform>Not yet valid: starts in %n day</numerusform>
            <numerusform>Not yet valid: starts in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 days elapsed · %n day(s) left</source>
        <translation>
            <numerusform>%1 days elapsed · %n day left</numerusform>
            <numerusform>%1 days elapsed · %n days left</numerusform>
        </translation>
    </message>
</context>
</TS>
