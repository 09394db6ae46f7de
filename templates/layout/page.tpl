{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{PAGE_TITLE}} – {{SITE_SHORT_NAME}}</title>
<meta name="description" content="{{META_DESCRIPTION}}">
<link rel="canonical" href="{{CANONICAL}}">
<meta property="og:site_name" content="{{SITE_NAME}}">
<meta property="og:title" content="{{PAGE_TITLE}}">
<meta property="og:url" content="{{CANONICAL}}">
<meta property="og:locale" content="vi_VN">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="{{PAGE_TITLE}}">
<link rel="alternate" type="application/rss+xml" title="{{SITE_NAME}}" href="{{PREFIX}}/rss.xml">
{{#ARTICLE_META}}<meta property="og:type" content="article">
<meta name="DC.title" content="{{DC_TITLE}}">
<meta name="DC.creator" content="{{DC_CREATOR}}">
<meta name="DC.date" content="{{DC_DATE}}">
<meta name="DC.description" content="{{DC_DESCRIPTION}}">
<meta name="DC.publisher" content="{{DC_PUBLISHER}}">
<meta name="DC.identifier" content="{{DC_IDENTIFIER}}">
<meta name="DC.language" content="vi">
{{#DC_TYPE}}<meta name="DC.type" content="{{DC_TYPE_VALUE}}">{{/DC_TYPE}}{{#DC_SUBJECT}}<meta name="DC.subject" content="{{DC_SUBJECT_VALUE}}">{{/DC_SUBJECT}}
{{#HAS_OG_IMAGE}}<meta property="og:image" content="{{OG_IMAGE}}">{{/HAS_OG_IMAGE}}
{{/ARTICLE_META}}{{#NOINDEX}}<meta name="robots" content="noindex">{{/NOINDEX}}<meta name="theme-color" content="#0b4a85">
<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/css/portal.css">
</head>
<body class="theme-{{THEME}}">
<a class="skip-link" href="#noi-dung">Bỏ qua điều hướng, đến nội dung chính</a>
<header class="site-header">
  <div class="topbar">
    <div class="wrap topbar-inner">
      <span class="date-line">{{DATE_LINE}}</span>
      <span class="topbar-links">{{#SITE_HOTLINE}}<span class="hotline">Đường dây nóng: <a href="tel:{{SITE_HOTLINE_TEL}}">{{SITE_HOTLINE}}</a></span>{{/SITE_HOTLINE}}<a href="{{PREFIX}}/so-do-trang" accesskey="3">Sơ đồ trang</a>{{#HAS_ENGLISH}}<a href="{{PREFIX}}/gioi-thieu/gioi-thieu-tieng-anh" lang="en" hreflang="en">English</a>{{/HAS_ENGLISH}}</span>
    </div>
  </div>
  <div class="wrap header-inner">
    <a class="brand" href="{{PREFIX}}/" accesskey="1">
      <img class="brand-logo" src="/static/img/logo.svg" alt="" width="64" height="64">
      <span class="brand-text">
        <span class="brand-parent">{{BRAND_PARENT}}</span>
        <span class="brand-name">{{SITE_NAME}}</span>
      </span>
    </a>
    <form class="header-search" action="{{PREFIX}}/tim-kiem" method="get" role="search"><label for="header-search-q">Tìm kiếm</label> <input id="header-search-q" type="search" name="q" maxlength="200" accesskey="4"> <button type="submit">Tìm</button></form>
  </div>
  {{#BANNER}}<div class="banner"><img src="{{BANNER_URL}}" alt="{{BANNER_ALT}}" width="1200" height="200"></div>{{/BANNER}}
</header>
<nav class="main-nav" aria-label="Menu chính">
  <div class="wrap">
    <ul class="nav-list">
      {{#MENU_ITEM}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/MENU_ITEM}}
    </ul>
  </div>
</nav>
{{#HAS_MENU}}<nav class="subnav-wrap" aria-label="Chuyên mục tin">
  <ul class="wrap subnav">
    {{#MENU_CATEGORY}}<li><a href="{{PREFIX}}/tin-tuc/{{SLUG}}">{{NAME}}</a></li>{{/MENU_CATEGORY}}
  </ul>
</nav>{{/HAS_MENU}}
<main id="noi-dung" class="wrap main" tabindex="-1">
{{#WELCOME}}<p class="welcome">{{WELCOME}}</p>{{/WELCOME}}
{{>CONTENT}}
</main>
<footer class="site-footer">
  <div class="wrap footer-inner">
    <div>
      <p class="footer-name">{{SITE_NAME}}</p>
      {{#SITE_ADDRESS}}<p>Địa chỉ: {{SITE_ADDRESS}}</p>{{/SITE_ADDRESS}}
      {{#SITE_PHONE}}<p>Điện thoại: {{SITE_PHONE}}</p>{{/SITE_PHONE}}
      {{#SITE_EMAIL}}<p>Thư điện tử: <a href="mailto:{{SITE_EMAIL}}">{{SITE_EMAIL}}</a></p>{{/SITE_EMAIL}}
    </div>
    <ul class="footer-links">
      <li><a href="{{PREFIX}}/gioi-thieu">Giới thiệu</a></li>
      <li><a href="{{PREFIX}}/danh-ba">Danh bạ</a></li>
      <li><a href="{{PREFIX}}/lien-he">Liên hệ</a></li>
      <li><a href="{{PREFIX}}/van-ban">Văn bản</a></li>
      <li><a href="{{PREFIX}}/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li>
      <li><a href="{{PREFIX}}/gop-y">Góp ý</a></li>
      <li><a href="{{PREFIX}}/hoi-dap">Hỏi đáp</a></li>
      <li><a href="{{PREFIX}}/tra-cuu-diem">Tra cứu điểm thi</a></li>
      <li><a href="{{PREFIX}}/so-do-trang">Sơ đồ trang</a></li>
      {{#HAS_UNITS}}<li><a href="{{PREFIX}}/don-vi">Đơn vị trực thuộc</a></li>{{/HAS_UNITS}}
      {{#PARENT}}<li><a href="{{PARENT_URL}}">{{PARENT_NAME}}</a></li>{{/PARENT}}
      <li><a href="{{PREFIX}}/rss.xml">RSS</a></li>
    </ul>
  </div>
  <p class="wrap footer-note">Ghi rõ nguồn “{{SITE_SHORT_NAME}}” khi phát hành lại thông tin từ cổng thông tin này.</p>
</footer>
<img class="view-pixel" src="{{VISIT_PIXEL}}" alt="" width="1" height="1">
</body>
</html>
