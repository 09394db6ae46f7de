{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Liên hệ</li></ol>
</nav>
<h1 class="page-title">Liên hệ</h1>
<p class="page-lead">{{SITE_NAME}}</p>
<div class="contact-grid">
<section class="contact-card" aria-labelledby="lien-he-don-vi">
  <h2 id="lien-he-don-vi" class="section-title">Thông tin liên hệ</h2>
  <dl class="contact-list">
    {{#ADDRESS}}<div><dt>Địa chỉ</dt><dd>{{ADDRESS}}{{#MAP}}<br><a class="map-link" href="{{MAP_URL}}" rel="noopener noreferrer">Xem vị trí trên bản đồ (Google Maps)</a>{{/MAP}}</dd></div>{{/ADDRESS}}
    {{#PHONE}}<div><dt>Điện thoại</dt><dd><a href="tel:{{PHONE_TEL}}">{{PHONE}}</a></dd></div>{{/PHONE}}
    {{#HOTLINE}}<div><dt>Đường dây nóng</dt><dd><a href="tel:{{HOTLINE_TEL}}">{{HOTLINE}}</a></dd></div>{{/HOTLINE}}
    {{#FAX}}<div><dt>Fax</dt><dd>{{FAX}}</dd></div>{{/FAX}}
    {{#EMAIL}}<div><dt>Thư điện tử</dt><dd><a href="mailto:{{EMAIL}}">{{EMAIL}}</a></dd></div>{{/EMAIL}}
    {{#HOURS}}<div><dt>Giờ làm việc</dt><dd><ul class="hours-list">{{#HOURS_LINE}}<li>{{LINE}}</li>{{/HOURS_LINE}}</ul></dd></div>{{/HOURS}}
  </dl>
</section>
<section class="contact-card" aria-labelledby="thong-tin-bao-chi">
  <h2 id="thong-tin-bao-chi" class="section-title">Thông tin cho báo chí</h2>
  {{#SPOKESPERSON}}<div class="person spokesperson">
    <h3 class="person-name">{{NAME}}</h3>
    <p class="person-position">Người phát ngôn{{#HAS_POSITION}} – {{POSITION}}{{/HAS_POSITION}}</p>
    <p class="person-contact">{{#PHONE}}Điện thoại: <a href="tel:{{PHONE_TEL}}">{{PHONE}}</a>{{/PHONE}}{{#EMAIL}}<br>Thư điện tử: <a href="mailto:{{EMAIL}}">{{EMAIL}}</a>{{/EMAIL}}</p>
  </div>{{/SPOKESPERSON}}
  {{#NO_SPOKESPERSON}}<p class="empty">Đơn vị chưa công bố người phát ngôn.</p>{{/NO_SPOKESPERSON}}
  {{#HAS_PRESS_NOTE}}<p class="press-note">{{PRESS_NOTE}}</p>{{/HAS_PRESS_NOTE}}
  {{#PORTAL}}<h3 class="contact-subtitle">Cổng thông tin điện tử</h3>
  <dl class="contact-list">
    {{#EDITOR_IN_CHIEF}}<div><dt>Chịu trách nhiệm nội dung</dt><dd>{{NAME}}{{#HAS_POSITION}}, {{POSITION}}{{/HAS_POSITION}}</dd></div>{{/EDITOR_IN_CHIEF}}
    {{#ADMINISTRATOR}}<div><dt>Quản trị kỹ thuật</dt><dd>{{NAME}}{{#PHONE}}<br>Điện thoại: <a href="tel:{{PHONE_TEL}}">{{PHONE}}</a>{{/PHONE}}{{#EMAIL}}<br>Thư điện tử: <a href="mailto:{{EMAIL}}">{{EMAIL}}</a>{{/EMAIL}}</dd></div>{{/ADMINISTRATOR}}
  </dl>{{/PORTAL}}
</section>
</div>
