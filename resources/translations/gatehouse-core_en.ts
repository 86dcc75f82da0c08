<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>gh::crypto::Certificate</name>
    <message numerus="yes">
        <source>%1: %n trailing byte(s) after the certificate</source>
        <translation>
            <numerusform>%1: %n trailing byte after the certificate</numerusform>
            <numerusform>%1: %n trailing bytes after the certificate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::crypto::CertificateReader</name>
    <message numerus="yes">
        <source>%1: %n trailing byte(s) after the PKCS#7 data</source>
        <translation>
            <numerusform>%1: %n trailing byte after the PKCS#7 data</numerusform>
            <numerusform>%1: %n trailing bytes after the PKCS#7 data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::crypto::CertificateRequest</name>
    <message numerus="yes">
        <source>%1: %n trailing byte(s) after the request</source>
        <translation>
            <numerusform>%1: %n trailing byte after the request</numerusform>
            <numerusform>%1: %n trailing bytes after the request</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::crypto::ChainVerifier</name>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::crypto::Pkcs12Reader</name>
    <message numerus="yes">
        <source>%n trailing byte(s) after the PKCS#12 data</source>
        <translation>
            <numerusform>%n trailing byte after the PKCS#12 data</numerusform>
            <numerusform>%n trailing bytes after the PKCS#12 data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::pgp::PgpKeyring</name>
    <message numerus="yes">
        <source>%1 of %n key(s) could not be read: the keyring is damaged or truncated%2</source>
        <translation>
            <numerusform>%1 of %n key could not be read: the keyring is damaged or truncated%2</numerusform>
            <numerusform>%1 of %n keys could not be read: the keyring is damaged or truncated%2</numerusform>
        </translation>
    </message>
</context>
</TS>
