{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p><a href="{{ADMIN}}/lich-cong-tac/ke-hoach">Kế hoạch, chương trình công tác</a></p>
<p class="hint">Lịch công tác tuần {{RANGE}}. Theo quy định, lịch tuần được công bố trước 08:00 sáng thứ Hai.</p>
{{#HAS_ERROR}}<div class="alert" role="alert"><p>{{MESSAGE}}</p></div>{{/HAS_ERROR}}
{{#HAS_NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>{{/HAS_NOTICE}}
<nav class="tabs" aria-label="Chọn tuần"><ul><li><a href="{{PREV_URL}}">Tuần trước</a></li><li><a href="{{THIS_URL}}">Tuần này</a></li><li><a href="{{NEXT_URL}}">Tuần sau</a></li></ul></nav>
<form method="get" action="{{ADMIN}}/lich-cong-tac" class="form inline-form">
  <p class="field"><label for="chon_tuan">Chọn tuần (năm-W số tuần)</label><input id="chon_tuan" name="tuan" type="week" value="{{WEEK}}" required> <button type="submit" class="button secondary">Xem tuần</button></p>
</form>
<section class="panel" aria-labelledby="trang-thai">
  <h2 id="trang-thai">Trạng thái</h2>
  {{#NOT_PUBLISHED}}<p>Chưa công bố: trang công khai chưa hiện lịch tuần này.</p>{{/NOT_PUBLISHED}}
  {{#PUBLISHED}}<p>Đã công bố lúc {{PUBLISHED_AT}}.{{#LATE}} <strong>Công bố muộn</strong> so với hạn {{DUE}}.{{/LATE}} <a href="{{PUBLIC_URL}}">Xem trên cổng</a></p>{{/PUBLISHED}}
  <form method="post" action="{{ADMIN}}/lich-cong-tac/cong-bo" class="form">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="tuan" value="{{WEEK}}">
    <p class="field"><label for="ghi_chu_tuan">Ghi chú chung của tuần</label><textarea id="ghi_chu_tuan" name="ghi_chu_tuan" rows="2" maxlength="1000">{{WEEK_NOTE}}</textarea></p>
    <div class="actions"><button type="submit" name="thao_tac" value="cong-bo" class="button">Công bố lịch tuần</button>{{#PUBLISHED}}<button type="submit" name="thao_tac" value="thoi-cong-bo" class="button secondary">Thôi công bố</button>{{/PUBLISHED}}</div>
  </form>
</section>
<section aria-labelledby="cac-muc">
<h2 id="cac-muc">Các mục trong tuần</h2>
{{#EMPTY}}<p class="empty">Tuần này chưa có mục nào.</p>{{/EMPTY}}
{{#HAS_ENTRIES}}<div class="table-scroll"><table class="table">
  <caption class="visually-hidden">Các mục lịch công tác {{RANGE}}</caption>
  <thead><tr><th scope="col">Ngày</th><th scope="col">Giờ</th><th scope="col">Nội dung</th><th scope="col">Địa điểm</th><th scope="col">Chủ trì</th><th scope="col">Thành phần</th><th scope="col">Thao tác</th></tr></thead>
  <tbody>{{#ENTRY}}<tr><td>{{DAY}}</td><td>{{TIME}}</td><td>{{CONTENT}}</td><td>{{PLACE}}</td><td>{{CHAIR}}</td><td>{{PARTICIPANTS}}</td><td><a href="{{EDIT_URL}}">Sửa<span class="visually-hidden"> mục {{TIME}} {{DAY}}</span></a><form method="post" action="{{DELETE_URL}}" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="link-button">Xóa<span class="visually-hidden"> mục {{TIME}} {{DAY}}</span></button></form></td></tr>{{/ENTRY}}</tbody>
</table></div>{{/HAS_ENTRIES}}
<form method="post" action="{{ADMIN}}/lich-cong-tac/sao-chep" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="tuan" value="{{WEEK}}">
  <p><button type="submit" class="button secondary">Sao chép tuần trước</button> <span class="hint">Chép mọi mục của tuần trước sang tuần này (lùi 7 ngày); chỉ dùng được khi tuần này còn trống.</span></p>
</form>
</section>
{{#ADD_FORM}}<section class="panel" aria-labelledby="them-muc"><h2 id="them-muc">Thêm mục lịch</h2>
{{#HAS_INVALID}}<p class="alert" role="alert">Vui lòng kiểm tra lại các ô được đánh dấu.</p>{{/HAS_INVALID}}
<form method="post" action="{{ADMIN}}/lich-cong-tac/muc" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="tuan" value="{{WEEK}}">
  {{>ENTRY_FIELDS}}
  <div class="actions"><button type="submit" class="button">Thêm vào lịch</button></div>
</form></section>{{/ADD_FORM}}
