{{%AUTOESCAPE context="XML"}}<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>{{TITLE}}</title>
<link>{{LINK}}</link>
<description>{{DESCRIPTION}}</description>
<language>vi</language>
<atom:link href="{{SELF}}" rel="self" type="application/rss+xml"/>
{{#HAS_LAST_BUILD}}<lastBuildDate>{{LAST_BUILD}}</lastBuildDate>{{/HAS_LAST_BUILD}}
{{#ITEM}}<item>
<title>{{TITLE}}</title>
<link>{{LINK}}</link>
<guid isPermaLink="true">{{LINK}}</guid>
<pubDate>{{PUB_DATE}}</pubDate>
<description>{{DESCRIPTION}}</description>
<category>{{CATEGORY}}</category>
{{#HAS_AUTHOR}}<dc:creator>{{AUTHOR}}</dc:creator>{{/HAS_AUTHOR}}
</item>
{{/ITEM}}</channel>
</rss>
