{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Lịch công tác</li></ol>
</nav>
<div class="article-grid">
<div class="schedule">
  <h1 class="page-title">{{HEADING}}</h1>
  <nav class="week-nav" aria-label="Chọn tuần">
    {{#PREV}}<a class="week-prev" href="{{PREV_URL}}" rel="prev">← Tuần trước</a>{{/PREV}}
    {{#IS_THIS_WEEK}}<span class="week-current">Tuần này</span>{{/IS_THIS_WEEK}}
    {{#OTHER_WEEK}}<a class="week-this" href="{{THIS_WEEK_URL}}">Tuần này</a>{{/OTHER_WEEK}}
    {{#NEXT}}<a class="week-next" href="{{NEXT_URL}}" rel="next">Tuần sau →</a>{{/NEXT}}
  </nav>
  {{#NOT_PUBLISHED}}<p class="empty">Lịch công tác tuần {{WEEK_NUMBER}} chưa được đăng.</p>{{/NOT_PUBLISHED}}
  {{#PUBLISHED}}<p class="schedule-published">Đăng lúc <time datetime="{{PUBLISHED_ISO}}">{{PUBLISHED_AT}}</time>{{#LATE}} <strong class="late-mark">Đăng muộn</strong> <span class="late-note">(hạn đăng: trước {{DUE}})</span>{{/LATE}}</p>{{/PUBLISHED}}
  {{#HAS_WEEK_NOTE}}<p class="schedule-note">{{WEEK_NOTE}}</p>{{/HAS_WEEK_NOTE}}
  {{#SCHEDULE}}<table class="schedule-table">
    <caption class="visually-hidden">Lịch công tác {{WEEK_RANGE}}, theo ngày và giờ</caption>
    <thead><tr><th scope="col">Thời gian</th><th scope="col">Nội dung</th><th scope="col">Địa điểm</th><th scope="col">Chủ trì</th><th scope="col">Thành phần</th></tr></thead>
    {{#DAY}}<tbody class="schedule-day{{#TODAY}} is-today{{/TODAY}}" id="ngay-{{DAY_ISO}}" data-date="{{DAY_ISO}}">
      <tr class="day-row"><th colspan="5" scope="rowgroup"><time datetime="{{DAY_ISO}}">{{DAY_NAME}}, {{DAY_DATE}}</time>{{#TODAY}} <span class="today-mark">Hôm nay</span>{{/TODAY}}</th></tr>
      {{#ENTRY}}<tr class="schedule-entry">
        <th scope="row" class="entry-time"><time datetime="{{START_ISO}}">{{TIME}}</time> <span class="entry-part">{{PART}}</span></th>
        <td class="entry-content">{{CONTENT}}{{#HAS_NOTE}}<span class="entry-note">Ghi chú: {{NOTE}}</span>{{/HAS_NOTE}}</td>
        <td class="entry-place" data-label="Địa điểm">{{#HAS_PLACE}}{{PLACE}}{{/HAS_PLACE}}</td>
        <td class="entry-chair" data-label="Chủ trì">{{#HAS_CHAIR}}{{CHAIR}}{{/HAS_CHAIR}}</td>
        <td class="entry-participants" data-label="Thành phần">{{#HAS_PARTICIPANTS}}{{PARTICIPANTS}}{{/HAS_PARTICIPANTS}}</td>
      </tr>{{/ENTRY}}
      {{#NO_ENTRY}}<tr class="no-entry"><td colspan="5">Không có lịch</td></tr>{{/NO_ENTRY}}
    </tbody>{{/DAY}}
  </table>{{/SCHEDULE}}
</div>
<aside class="article-side">
  <section class="side-box" aria-labelledby="ke-hoach-moi">
    <h2 id="ke-hoach-moi" class="section-title">Kế hoạch, chương trình công tác</h2>
    {{#HAS_PLANS}}<ul class="latest-list plan-side-list">
      {{#PLAN}}<li><a href="{{URL}}">{{TITLE}}</a> <span class="plan-side-meta">{{KIND}} · <time datetime="{{DATE_ISO}}">{{DATE}}</time></span></li>{{/PLAN}}
    </ul>{{/HAS_PLANS}}
    {{#NO_PLANS}}<p class="muted">Chưa có kế hoạch nào được đăng.</p>{{/NO_PLANS}}
    <p class="more"><a href="{{PREFIX}}/lich-cong-tac/ke-hoach">Tất cả kế hoạch</a></p>
  </section>
</aside>
</div>
