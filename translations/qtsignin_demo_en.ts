<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HeadlessRun</name>
    <message numerus="yes">
        <location filename="../app/demo/HeadlessRun.cpp" line="+64"/>
        <source>%n API call(s) failed.</source>
        <translation>
            <numerusform>%n API call failed.</numerusform>
            <numerusform>%n API calls failed.</numerusform>
        </translation>
    </message>
</context>
</TS>
