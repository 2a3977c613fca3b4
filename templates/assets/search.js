/*
 * Broadsheet's search: reads the static index the build writes under search/ and shows matching
 * articles as you type. No server, no other site. Terms are folded the way the build folds them
 * (accents dropped, lower case; Chinese and Japanese as pairs of characters); the last word of a
 * query matches as a prefix; every word must match; headline matches score highest. Only the index files a query needs are fetched.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var base = (script && script.dataset.base) || "/";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var PAGE = 10;
  var meta = null;
  var cache = {};
  var latest = 0;

  /** The page's words for the status line, in the site's language (its data- attributes). */
  function words(name) {
    var fallback = { none: "No articles match.", one: "{count} article matches.",
      other: "{count} articles match.", more: "{count} articles match; showing the first {shown}." };
    return status.dataset[name] || fallback[name];
  }

  var lang = document.documentElement.lang || "en";
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  var grouping = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(lang) : null;

  /** The plural form of the status line for count, as the build chooses labels' forms. */
  function pluralOf(count) {
    var name = plurals ? plurals.select(count) : count === 1 ? "one" : "other";
    return status.dataset[name] ? name : "other";
  }

  /** A count as the pages write it: grouped from a thousand (1,234; 1 234). */
  function number(n) {
    return n >= 1000 && grouping ? grouping.format(n) : String(n);
  }

  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
  }

  var STOP = new Set(("the and of to in on at for by with from as is was are were be it its that this " +
    "an or but not has have had he she they we you his her their our will would there which who than then").split(" "));

  /** A Chinese or Japanese character: the index holds pairs of these, as they have no spaces. */
  function ideograph(c) {
    return c === "\u30fc" || c === "\uff70" ||
      (/\p{L}/u.test(c) && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c));
  }

  /** The words of a query, runs of Chinese and Japanese as their pairs of characters. */
  function terms(query) {
    var out = [];
    fold(query).split(/[^\p{L}\p{N}]+/u).forEach(function (word) {
      var chars = Array.from(word);
      var run = [];
      var other = "";
      function flush() {
        if (other) {
          if (Array.from(other).length >= 2 && !STOP.has(other)) {
            out.push(other);
          }
          other = "";
        }
        if (run.length === 1) {
          out.push(run[0]); // one alone: matched as the start of a pair
        }
        for (var i = 0; i + 1 < run.length; i++) {
          out.push(run[i] + run[i + 1]);
        }
        run = [];
      }
      chars.forEach(function (c) {
        if (ideograph(c) !== (run.length > 0)) {
          flush();
        }
        if (ideograph(c)) {
          run.push(c);
        } else {
          other += c;
        }
      });
      flush();
    });
    return out;
  }

  function shardOf(term) {
    var first = Array.from(term)[0];
    var prefix = ideograph(first) ? first : Array.from(term).slice(0, 2).join("");
    return Array.from(new TextEncoder().encode(prefix), function (b) {
      return b.toString(16).padStart(2, "0");
    }).join("");
  }

  function fetchJson(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) {
        return r.ok ? r.json() : null;
      }).catch(function () { return null; });
    }
    return cache[path];
  }

  /**
   * Scores of the articles matching one word: exactly, or as a prefix when it is the last; and
   * whether they are all of them. A term keeps only its best articles (meta.maxPostings), so a
   * word with a full list, as common words have, cannot show that an article lacks it.
   */
  function match(word, prefix, max) {
    return fetchJson("search/t/" + shardOf(word) + ".json").then(function (shard) {
      var scores = new Map();
      var found = { scores: scores, whole: true };
      if (!shard) {
        return found;
      }
      Object.keys(shard.t).forEach(function (term) {
        if (term === word || (prefix && term.startsWith(word))) {
          var postings = shard.t[term];
          if (postings.length / 2 >= max) {
            found.whole = false;
          }
          var exact = term === word ? 1 : 0;
          for (var i = 0; i < postings.length; i += 2) {
            var score = postings[i + 1] * 2 + exact;
            if ((scores.get(postings[i]) || 0) < score) {
              scores.set(postings[i], score);
            }
          }
        }
      });
      return found;
    });
  }

  function search(query, shown) {
    var started = performance.now();
    var run = ++latest;
    var words = terms(query);
    if (words.length === 0) {
      list.replaceChildren();
      status.textContent = "";
      return Promise.resolve();
    }
    return fetchJson("search/meta.json").then(function (m) {
      var max = (m && m.maxPostings) || Infinity;
      return Promise.all(words.map(function (w, i) {
        return match(w, i === words.length - 1 || (Array.from(w).length === 1 && ideograph(w)), max);
      }));
    })
      .then(function (perWord) {
        // Every word must match; the words whose lists are whole decide which articles do, and
        // the others add their scores (unless no word's list is whole).
        var deciding = perWord.filter(function (p) { return p.whole; });
        if (deciding.length === 0) {
          deciding = perWord;
        }
        var total = new Map(deciding[0].scores);
        perWord.forEach(function (p) {
          if (p === deciding[0]) {
            return;
          }
          var decides = deciding.indexOf(p) >= 0;
          total.forEach(function (score, id) {
            if (p.scores.has(id)) {
              total.set(id, score + p.scores.get(id));
            } else if (decides) {
              total.delete(id);
            }
          });
        });
        var ranked = Array.from(total.entries()).sort(function (a, b) {
          return b[1] - a[1] || a[0] - b[0];
        });
        var top = ranked.slice(0, shown);
        return Promise.all(top.map(function (e) { return doc(e[0]); })).then(function (docs) {
          if (run !== latest) {
            return;
          }
          render(docs, ranked.length, shown);
          list.dataset.ms = (performance.now() - started).toFixed(1);
        });
      });
  }

  function doc(id) {
    var per = (meta && meta.docsPerFile) || 25;
    return fetchJson("search/d/" + Math.floor(id / per) + ".json").then(function (file) {
      return file ? file[id % per] : null;
    });
  }

  function render(docs, count, shown) {
    list.replaceChildren();
    docs.forEach(function (d) {
      if (!d) {
        return;
      }
      var li = document.createElement("li");
      var kicker = document.createElement("p");
      kicker.className = "meta";
      kicker.textContent = d.s + " · " + d.d;
      var h = document.createElement("h2");
      h.className = "card-title";
      var a = document.createElement("a");
      a.href = d.u;
      a.textContent = d.t;
      h.appendChild(a);
      li.appendChild(h);
      li.appendChild(kicker);
      if (d.k) {
        var p = document.createElement("p");
        p.className = "summary";
        p.textContent = d.k;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    status.textContent = words(count === 0 ? "none" : count > shown ? "more" : pluralOf(count))
      .replace("{count}", number(count)).replace("{shown}", number(shown));
  }

  fetchJson("search/meta.json").then(function (m) { meta = m; });
  input.addEventListener("input", function () { search(input.value, PAGE); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    search(input.value, PAGE);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    search(initial, PAGE);
  }
})();
