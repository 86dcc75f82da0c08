<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gh::KnownHosts</name>
    <message numerus="yes">
        <source>and %n more bad line(s) not listed</source>
        <translation>
            <numerusform>and %n more bad line not listed</numerusform>
            <numerusform>and %n more bad lines not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::LocalTenantClient</name>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::KnownHostActions</name>
    <message numerus="yes">
        <source> (and %n more bad line(s); nothing was imported)</source>
        <translation>
            <numerusform> (and %n more bad line; nothing was imported)</numerusform>
            <numerusform> (and %n more bad lines; nothing was imported)</numerusform>
        </translation>
    </message>
</context>
</TS>
