<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HeadlessRun</name>
    <message numerus="yes">
        <location filename="../app/demo/HeadlessRun.cpp" line="+53"/>
        <source>%n API call(s) failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
