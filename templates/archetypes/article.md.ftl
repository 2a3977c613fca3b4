---
title: ${titleYaml}
dek: ""
date: ${date}
authors: ${authorsYaml}
section: ${section}
tags: []
# location: ""
# image: { src: photo.jpg, alt: "", caption: "", credit: "" }
draft: true
---

Write the story here. The first paragraph becomes the summary in lists, cards and feeds.
When it is ready, delete "draft: true" above and build.
