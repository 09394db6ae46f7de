{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Thư viện</li></ol>
</nav>
<h1 class="page-title">Thư viện tài liệu</h1>
<p class="page-lead">Giáo án, đề thi và ngân hàng đề, sáng kiến kinh nghiệm, tư liệu dạy học của {{SITE_NAME}}, đã được ban biên tập duyệt.</p>
<form method="get" action="{{ACTION}}" class="filters">
  <p><label for="loai">Loại</label> <select id="loai" name="loai"><option value="">Tất cả</option>{{#KIND}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND}}</select></p>
  <p><label for="mon">Môn học</label> <select id="mon" name="mon"><option value="">Tất cả</option>{{#SUBJECT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SUBJECT}}</select></p>
  <p><label for="lop">Khối lớp</label> <select id="lop" name="lop"><option value="">Tất cả</option>{{#GRADE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GRADE}}</select></p>
  <p><label for="nam-hoc">Năm học</label> <select id="nam-hoc" name="nam-hoc"><option value="">Tất cả</option>{{#YEAR}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEAR}}</select></p>
  <p><button type="submit" class="button">Lọc</button></p>
</form>
{{#EMPTY}}<p class="empty">Chưa có tài liệu phù hợp.</p>{{/EMPTY}}
<ul class="resource-list">
  {{#RESOURCE}}<li class="resource-item"><h2 class="resource-title"><a href="{{URL}}">{{TITLE}}</a></h2><p class="resource-meta">{{KIND}} · {{META}}</p><p>{{SUMMARY}}</p></li>{{/RESOURCE}}
</ul>
{{#OLDER}}<nav class="pager" aria-label="Phân trang"><a class="pager-older" href="{{OLDER_URL}}" rel="next">Tài liệu cũ hơn →</a></nav>{{/OLDER}}
<p class="page-lead">Cán bộ, giáo viên: <a href="{{STAFF_URL}}">đăng nhập để xem tài liệu nội bộ</a>.</p>
