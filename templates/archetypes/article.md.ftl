---
title: ${titleYaml}
dek: ""
date: ${date}
authors: ${authorsYaml}
section: ${section}
tags: []
# location: ""
# image: { src: photo.jpg, alt: "", caption: "", credit: "" }
<#if live>
live: true
</#if>
draft: true
---

<#if live>
Say here what this page follows. The first paragraph becomes the summary in lists, cards and
feeds. Add each update above the last, under a heading of its time; when coverage ends, delete
"live: true". When it is ready, delete "draft: true" above and build.

## ${time}
The first update.
<#else>
Write the story here. The first paragraph becomes the summary in lists, cards and feeds.
When it is ready, delete "draft: true" above and build.
</#if>
